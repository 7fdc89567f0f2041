// Test helpers: sample applicants and a driver that takes a fresh case to any state through
// the service (never by writing rows), so tests exercise the same path as users.
import type { Services } from '../../services.ts';
import type { ActionContext } from '../auth/actor.ts';
import { addDays } from '../calendar/iso-date.ts';
import type { ApplicantInput, RequestInput } from './application.ts';
import type { CommandInput } from './case-commands.ts';
import type { RegisterApplicationOptions } from './register.ts';
import type { CaseState } from './rules/case-states.ts';

export async function contextOf(services: Services, userId: number): Promise<ActionContext> {
  return { actor: await services.auth.loadActor(userId), meta: { ip: '127.0.0.1', requestId: 'test' } };
}

// A valid GB 11643 number (check digit 6), invented.
export const VALID_ID_NUMBER = '412727199001011236';

export function sampleApplicant(overrides: Partial<ApplicantInput> = {}): ApplicantInput {
  return {
    type: 'naturalPerson',
    name: '张三',
    idType: 'residentId',
    idNumber: VALID_ID_NUMBER,
    phone: '13812345678',
    email: 'zhangsan@example.com',
    address: '河南省周口市扶沟县城关镇桐丘路8号',
    postalCode: '461300',
    ...overrides,
  };
}

export function sampleRequest(overrides: Partial<RequestInput> = {}): RequestInput {
  return {
    description: '2024年扶沟县城关镇桐丘路两侧土地征收的征地补偿安置方案及批复文件',
    documentNumbers: '周政土〔2024〕15号',
    purpose: '了解本人房屋征收补偿标准',
    formWanted: 'paper',
    delivery: 'post',
    ...overrides,
  };
}

export function registration(
  orgId: number,
  receivedOn: string,
  overrides: Partial<RegisterApplicationOptions> = {},
): RegisterApplicationOptions {
  return {
    orgId,
    channel: 'inPerson',
    submittedOn: receivedOn,
    applicant: sampleApplicant(),
    request: sampleRequest(),
    ...overrides,
  };
}

export interface Driver {
  services: Services;
  officer: ActionContext;
  leader: ActionContext;
}

/** The commands, in order, that take a just-registered case to `state` (day offsets from receipt). */
export const PATHS: Record<CaseState, [CommandInput, number, 'officer' | 'leader'][]> = {
  registered: [],
  inProgress: [[{ type: 'claim' }, 1, 'officer']],
  awaitingCorrection: [[{ type: 'requestCorrection', items: ['请写明所需文件的名称或文号'] }, 1, 'officer']],
  consulting: [
    [{ type: 'claim' }, 1, 'officer'],
    [{ type: 'startConsultation', party: 'thirdParty', partyName: '扶沟县某某置业有限公司' }, 2, 'officer'],
  ],
  awaitingFee: [
    [{ type: 'claim' }, 1, 'officer'],
    [{ type: 'notifyFee', basis: 'perPage', pages: 68 }, 2, 'officer'],
  ],
  pendingApproval: [
    [{ type: 'claim' }, 1, 'officer'],
    [{ type: 'submitDecision', outcome: 'granted' }, 2, 'officer'],
  ],
  approved: [
    [{ type: 'claim' }, 1, 'officer'],
    [{ type: 'submitDecision', outcome: 'granted' }, 2, 'officer'],
    [{ type: 'approveDecision' }, 3, 'leader'],
  ],
  replied: [
    [{ type: 'claim' }, 1, 'officer'],
    [{ type: 'submitDecision', outcome: 'granted' }, 2, 'officer'],
    [{ type: 'approveDecision' }, 3, 'leader'],
    [{ type: 'reply', method: 'post', trackingNumber: 'EMS1234567890' }, 4, 'officer'],
  ],
  archived: [
    [{ type: 'claim' }, 1, 'officer'],
    [{ type: 'submitDecision', outcome: 'granted' }, 2, 'officer'],
    [{ type: 'approveDecision' }, 3, 'leader'],
    [{ type: 'reply', method: 'post' }, 4, 'officer'],
    [{ type: 'archive' }, 5, 'officer'],
  ],
  closed: [
    [{ type: 'claim' }, 1, 'officer'],
    [{ type: 'withdraw', reason: '申请人已自行获取' }, 2, 'officer'],
  ],
};

/** Registers a case received on `receivedOn` and drives it to `state`; returns id and version. */
export async function caseInState(
  driver: Driver,
  orgId: number,
  state: CaseState,
  receivedOn = '2025-03-03',
  overrides: Partial<RegisterApplicationOptions> = {},
): Promise<{ id: number; version: number }> {
  const registered = await driver.services.applications.registerApplication(
    driver.officer,
    registration(orgId, receivedOn, overrides),
  );
  let version = registered.case.version;
  for (const [command, offset, who] of PATHS[state]) {
    const detail = await driver.services.applications.runCommand(driver[who], {
      id: registered.id,
      version,
      on: addDays(receivedOn, offset),
      command,
    });
    version = detail.version;
  }
  return { id: registered.id, version };
}
