import { registerApplicationRoutes } from '../../features/applications/application.routes.ts';
import { registerCommandRoutes } from '../../features/applications/command.routes.ts';
import { registerLetterTemplateRoutes } from '../../features/applications/letter-templates.routes.ts';
import { registerReportRoutes } from '../../features/applications/report.routes.ts';
import { registerCalendarRoutes } from '../../features/calendar/calendar.routes.ts';
import { registerContentCheckRoutes } from '../../features/content-checks/content-checks.routes.ts';
import { registerAttachmentRoutes } from '../../features/disclosures/attachment.routes.ts';
import { registerCatalogueRoutes } from '../../features/disclosures/catalogue.routes.ts';
import { registerItemRoutes } from '../../features/disclosures/item.routes.ts';
import { registerWorkflowRoutes } from '../../features/disclosures/workflow.routes.ts';
import { registerRegistryRoutes } from '../../features/registries/registries.routes.ts';
import { registerReviewRoutes } from '../../features/reviews/review.routes.ts';
import { registerSearchRoutes } from '../../features/search/search.routes.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from './api-app.ts';
import { registerAuditRoutes } from './audit.routes.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { registerOrgRoutes } from './org.routes.ts';
import { registerRoleGrantRoutes } from './role-grant.routes.ts';
import { registerUserRoutes } from './user.routes.ts';

export type RegisterRoutes = (api: ApiApp, services: Services) => void;

/** Every API route module, registered in this order. */
export const API_ROUTES: RegisterRoutes[] = [
  registerAuthRoutes,
  registerOrgRoutes,
  registerUserRoutes,
  registerRoleGrantRoutes,
  registerAuditRoutes,
  registerApplicationRoutes,
  registerCommandRoutes,
  registerReportRoutes,
  registerLetterTemplateRoutes,
  registerReviewRoutes,
  registerCalendarRoutes,
  registerCatalogueRoutes,
  registerItemRoutes,
  registerWorkflowRoutes,
  registerAttachmentRoutes,
  registerRegistryRoutes,
  registerSearchRoutes,
  registerContentCheckRoutes,
];
