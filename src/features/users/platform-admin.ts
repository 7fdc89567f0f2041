import { conflict } from '../../core/app-error.ts';
import { invalidField } from '../../core/validation.ts';
import type { ServiceDeps } from '../../services.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';
import { findFirstRootOrg, insertOrg } from '../orgs/org.repo.ts';
import { type OrgInput, toOrg } from '../orgs/org.ts';
import * as repo from './user.repo.ts';
import { toUser, USERNAME_PATTERN, type User } from './user.ts';

export interface CreatePlatformAdminOptions {
  /** Defaults to the first free name of admin, admin2, admin3, … */
  username?: string;
  displayName: string;
  /** The root org to create when there is none yet (a grant needs an org). */
  rootOrg?: OrgInput;
}

export interface CreatePlatformAdminResult {
  user: User;
  /** Generated; must be changed at first sign-in. */
  password: string;
}

/** Used on an empty database without demo data: the admin renames it in the back office. */
const PLACEHOLDER_ROOT: OrgInput = {
  parentId: null,
  kind: 'government',
  name: '本级人民政府（请修改名称）',
  code: 'gov',
};

export function createPlatformAdminUseCase(deps: ServiceDeps) {
  const { db, now } = deps;
  return async function createPlatformAdmin(options: CreatePlatformAdminOptions): Promise<CreatePlatformAdminResult> {
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    const meta = { ip: null, requestId: null };
    return db.transaction().execute(async (trx) => {
      let username = options.username?.trim().toLowerCase();
      if (username !== undefined) {
        if (!USERNAME_PATTERN.test(username))
          throw invalidField('username', '用户名须以字母开头，由 3–32 位小写字母、数字、点、下划线或连字符组成');
        if (await repo.usernameTaken(trx, username)) throw conflict(`用户名 ${username} 已被使用`);
      } else {
        username = 'admin';
        for (let n = 2; await repo.usernameTaken(trx, username); n++) username = `admin${n}`;
      }
      const at = now();
      let root = await findFirstRootOrg(trx);
      if (!root) {
        root = await insertOrg(trx, options.rootOrg ?? PLACEHOLDER_ROOT, null, at);
        await recordAudit(trx, {
          actor: null,
          meta,
          at,
          orgId: root.id,
          action: 'org.create',
          targetType: 'org',
          targetId: root.id,
          after: toOrg(root),
        });
      }
      const account = await repo.insertUser(trx, { username, displayName: options.displayName, passwordHash }, at);
      await repo.insertGrant(trx, account.id, root.id, 'platform_admin', at);
      const user = toUser(account, await repo.findGrantsOfUser(trx, account.id), at);
      await recordAudit(trx, {
        actor: null,
        meta,
        at,
        orgId: root.id,
        action: 'user.create_admin',
        targetType: 'user',
        targetId: account.id,
        after: user,
      });
      return { user, password };
    });
  };
}
