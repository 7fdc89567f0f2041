import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { ActionContext, RequestMeta } from '../features/auth/actor.ts';
import type { AppEnv } from './app-env.ts';
import { requireActor } from './middleware/session.ts';

export function requestMeta(c: Context<AppEnv>, trustProxy = false): RequestMeta {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  let remote: string | undefined;
  try {
    remote = getConnInfo(c).remote.address;
  } catch {
    remote = undefined; // in-process requests (tests) have no socket
  }
  return { ip: forwarded ?? remote ?? null, requestId: c.get('requestId') ?? null };
}

/** The signed-in actor plus request metadata, as services expect. */
export function actionContext(c: Context<AppEnv>, trustProxy = false): ActionContext {
  return { actor: requireActor(c), meta: requestMeta(c, trustProxy) };
}
