import type { Services } from '../../services.ts';
import { seedApplications } from './seed-applications.ts';
import { seedDisclosures } from './seed-disclosures.ts';
import { seedPlatform } from './seed-platform.ts';

export interface SeedResult {
  /** Set only when this call created the platform administrator (first start). */
  adminPassword?: string;
}

/** Demo data for a fresh install. Idempotent: an already seeded database is left alone. */
export async function seedDemo(services: Services): Promise<SeedResult> {
  const platform = await seedPlatform(services);
  await seedApplications(services);
  await seedDisclosures(services);
  return { adminPassword: platform.adminPassword };
}
