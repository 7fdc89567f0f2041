import './core/validation.ts';
import path from 'node:path';
import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 开头')
      .optional(),
  ),
  GONGKAI_DATA_DIR: z.string().default('./data'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_BODY_MB: z.coerce.number().min(1).max(1024).default(10),
  UPLOAD_MAX_MB: z.coerce.number().min(1).max(1024).default(50),
  PORTAL_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  PORTAL_PAGES_MB: z.coerce
    .number()
    .min(0)
    .max(64 * 1024)
    .default(256),
  PORTAL_PRERENDER: z.enum(['0', '1']).default('1'),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL 必须以 smtp:// 或 smtps:// 开头，例如 smtp://user:pass@mail.example.gov.cn:587')
      .optional(),
  ),
  SMTP_FROM: z.preprocess(emptyAsUndefined, z.string().optional()),
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https?:\/\//, 'PUBLIC_URL 必须以 http:// 或 https:// 开头')
      .optional(),
  ),
  GONGKAI_SEED_DEMO: z.enum(['0', '1']).default('1'),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionIdleMinutes: number;
  logLevel: string;
  maxBodyBytes: number;
  /** Largest file an upload route (attachments, registry imports) accepts; its own body limit. */
  uploadMaxBytes: number;
  /** How long a rendered public page is reused (0: render every request). */
  portalCacheMs: number;
  /** Memory for item pages kept rendered until they change (0: none kept). */
  portalPagesBytes: number;
  /** Render every public item page in the background after start and after changes. */
  portalPrerender: boolean;
  smtpUrl: string | undefined;
  /** Sender of reminder e-mails (default: gongkai@ the SMTP host). */
  smtpFrom: string | undefined;
  /** The address staff reach the service at, for links in e-mails (e.g. https://gk.fugou.gov.cn). */
  publicUrl: string | undefined;
  seedDemo: boolean;
  trustProxy: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; lists every invalid variable when it refuses. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`配置有误：${problems.join('；')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.GONGKAI_DATA_DIR),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: Math.round(e.MAX_BODY_MB * 1024 * 1024),
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    portalCacheMs: Math.round(e.PORTAL_CACHE_SECONDS * 1000),
    portalPagesBytes: Math.round(e.PORTAL_PAGES_MB * 1024 * 1024),
    portalPrerender: e.PORTAL_PRERENDER === '1',
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    seedDemo: e.GONGKAI_SEED_DEMO === '1',
    trustProxy: e.TRUST_PROXY === '1',
  };
}
