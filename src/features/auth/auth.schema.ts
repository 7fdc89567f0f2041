import { z } from '@hono/zod-openapi';
import type { Actor } from './actor.ts';
import { ROLE_LABELS, ROLES } from './roles.ts';

export const RoleSchema = z
  .enum(ROLES, { error: `角色应为以下之一：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}` })
  .openapi('Role', { description: '角色代码' });

export const LoginBodySchema = z
  .object({
    username: z
      .string({ error: (i) => (i.input === undefined ? '请填写用户名' : '用户名应为文本') })
      .trim()
      .min(1, '请填写用户名')
      .max(64, '用户名过长'),
    password: z
      .string({ error: (i) => (i.input === undefined ? '请填写密码' : '密码应为文本') })
      .min(1, '请填写密码')
      .max(256, '密码过长'),
  })
  .openapi('LoginBody');

export const ChangePasswordBodySchema = z
  .object({
    currentPassword: z
      .string({ error: (i) => (i.input === undefined ? '请填写当前密码' : '当前密码应为文本') })
      .min(1, '请填写当前密码')
      .max(256, '密码过长'),
    newPassword: z
      .string({ error: (i) => (i.input === undefined ? '请填写新密码' : '新密码应为文本') })
      .min(1, '请填写新密码')
      .max(256, '密码过长'),
  })
  .openapi('ChangePasswordBody');

export const MeGrantSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  orgCode: z.string(),
  role: RoleSchema,
  roleLabel: z.string(),
});

export const MeSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean(),
    grants: z.array(MeGrantSchema),
    csrfToken: z.string(),
  })
  .openapi('Me');

export const LoginResultSchema = z.object({ user: MeSchema, csrfToken: z.string() }).openapi('LoginResult');

export type Me = z.infer<typeof MeSchema>;

export function toMe(actor: Actor): Me {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    mustChangePassword: actor.mustChangePassword,
    grants: actor.grants.map((g) => ({
      id: g.id,
      orgId: g.orgId,
      orgName: g.orgName,
      orgCode: g.orgCode,
      role: g.role,
      roleLabel: ROLE_LABELS[g.role],
    })),
    csrfToken: actor.csrfToken,
  };
}
