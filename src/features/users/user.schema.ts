import { z } from '@hono/zod-openapi';
import { PageQuerySchema } from '../../core/page.ts';
import { idParam, optionalText, requiredText } from '../../core/validation.ts';
import { RoleSchema } from '../auth/auth.schema.ts';
import { USERNAME_PATTERN } from './user.ts';

const email = optionalText('电子邮箱', 100).refine(
  (v) => !v || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  '电子邮箱格式不正确',
);
const positiveId = (label: string) =>
  z
    .number({ error: (i) => (i.input === undefined ? `请填写${label}` : `${label}应为数字`) })
    .int(`${label}应为整数`)
    .positive(`${label}应为正整数`);

export const GrantInputSchema = z.object({ orgId: positiveId('机构'), role: RoleSchema });

export const CreateUserBodySchema = z
  .object({
    username: z
      .string({ error: (i) => (i.input === undefined ? '请填写用户名' : '用户名应为文本') })
      .trim()
      .toLowerCase()
      .regex(USERNAME_PATTERN, '用户名须以字母开头，由 3–32 位小写字母、数字、点、下划线或连字符组成'),
    displayName: requiredText('姓名', 50),
    phone: optionalText('电话', 30),
    email,
    grants: z.array(GrantInputSchema, { error: '角色应为列表' }).max(50, '一次最多分配 50 个角色').optional(),
  })
  .openapi('CreateUserBody');

export const UpdateUserBodySchema = z
  .object({
    displayName: requiredText('姓名', 50).optional(),
    phone: optionalText('电话', 30),
    email,
    isActive: z.boolean({ error: '是否启用应为 true 或 false' }).optional(),
  })
  .openapi('UpdateUserBody');

export const UserGrantSchema = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    orgName: z.string(),
    role: RoleSchema,
    roleLabel: z.string(),
  })
  .openapi('RoleGrant');

export const UserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    isActive: z.boolean(),
    mustChangePassword: z.boolean(),
    lockedUntil: z.string().nullable().openapi({ format: 'date-time' }),
    lastLoginAt: z.string().nullable().openapi({ format: 'date-time' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    grants: z.array(UserGrantSchema),
  })
  .openapi('User');

export const CreatedUserSchema = z.object({ user: UserSchema, initialPassword: z.string() }).openapi('CreatedUser');
export const InitialPasswordSchema = z.object({ initialPassword: z.string() }).openapi('InitialPassword');

export const UserListQuerySchema = PageQuerySchema.extend({
  orgId: idParam('机构').optional(),
  q: z.string().trim().max(100, '搜索词不能超过 100 个字符').optional(),
});

export const RoleGrantBodySchema = z
  .object({ userId: positiveId('用户'), orgId: positiveId('机构'), role: RoleSchema })
  .openapi('RoleGrantBody');
