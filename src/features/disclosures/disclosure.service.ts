// The disclosure services, built together (they share the file store and the calendar).
import os from 'node:os';
import path from 'node:path';
import type { ServiceDeps } from '../../services.ts';
import { createSeedCalendar } from '../calendar/seed.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { createLocalFileStorage, type FileStorage } from '../files/file-storage.ts';
import { type AttachmentService, createAttachmentService } from './attachment.service.ts';
import { type CatalogueService, createCatalogueService } from './catalogue.service.ts';
import { DEFAULT_UPLOAD_LIMIT_BYTES, type DisclosureDeps } from './disclosure-deps.ts';
import { createGuideService, type GuideService } from './guide.service.ts';
import { createItemService, type ItemService } from './item.service.ts';
import { createPublicDisclosureService, type PublicDisclosureService } from './public.service.ts';
import { createWorkflowService, type WorkflowService } from './workflow.service.ts';

export interface DisclosureServices {
  catalogue: CatalogueService;
  guide: GuideService;
  items: ItemService;
  workflow: WorkflowService;
  attachments: AttachmentService;
  /** Read-only, public: what the portal shows. */
  portal: PublicDisclosureService;
}

export interface DisclosureOptions {
  files?: FileStorage;
  /** The official calendar (the calendar service's getCalendar); the shipped seed otherwise. */
  getCalendar?: () => Promise<WorkingCalendar>;
  uploadLimitBytes?: number;
}

/** Test runs keep their uploads out of the data directory. */
function defaultFiles(deps: ServiceDeps): FileStorage {
  const root =
    deps.config.env === 'test'
      ? path.join(os.tmpdir(), `gongkai-test-files-${process.pid}`)
      : path.join(deps.config.dataDir, 'files');
  return createLocalFileStorage(root, deps.now);
}

/** The configured limit (UPLOAD_MAX_MB), else 50 MB. */
function uploadLimitOf(deps: ServiceDeps): number {
  return deps.config.uploadMaxBytes ?? DEFAULT_UPLOAD_LIMIT_BYTES;
}

export function createDisclosureServices(deps: ServiceDeps, options: DisclosureOptions = {}): DisclosureServices {
  let seedCalendar: WorkingCalendar | undefined;
  const disclosureDeps: DisclosureDeps = {
    ...deps,
    files: options.files ?? defaultFiles(deps),
    getCalendar: options.getCalendar ?? (async () => (seedCalendar ??= createSeedCalendar())),
    uploadLimitBytes: options.uploadLimitBytes ?? uploadLimitOf(deps),
  };
  return {
    catalogue: createCatalogueService(deps),
    guide: createGuideService(deps),
    items: createItemService(disclosureDeps),
    workflow: createWorkflowService(disclosureDeps),
    attachments: createAttachmentService(disclosureDeps),
    portal: createPublicDisclosureService(deps),
  };
}
