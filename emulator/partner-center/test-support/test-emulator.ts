import { demoAccounts, partnerTenantId, type PartnerRole } from '../../identity/demo-accounts';
import { createPartnerCenterEmulator } from '../create-partner-center-emulator';
import type {
  Authenticate,
  AuthenticationFailure,
  PartnerCenterEmulatorOptions,
} from '../emulator-options';

/** Who a test request is sent as: a demo account's role, a refused token, or no token at all. */
export type TestCaller = PartnerRole | AuthenticationFailure | 'anonymous';

const accountOid = (role: PartnerRole): string => {
  const account = demoAccounts.find((candidate) => candidate.role === role);
  if (account === undefined) throw new Error(`No demo account with role ${role}`);
  return account.oid;
};

const failures: readonly AuthenticationFailure[] = [
  'missing',
  'invalid',
  'expired',
  'wrong-audience',
  'wrong-scope',
  'wrong-issuer',
];

/**
 * Test tokens are a role name (`Bearer sales-agent`) or the failure to report (`Bearer expired`).
 */
const authenticateTestToken: Authenticate = (header) => {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  if (token === undefined) return Promise.resolve({ ok: false, reason: 'missing' });
  if (token === 'admin-agent' || token === 'sales-agent' || token === 'none') {
    return Promise.resolve({ ok: true, oid: accountOid(token), tid: partnerTenantId });
  }
  const reason = failures.find((failure) => failure === token) ?? 'invalid';
  return Promise.resolve({ ok: false, reason });
};

export interface TestResponse<Body = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: Body;
}

export interface TestEmulator {
  readonly url: string;
  close(): Promise<void>;
  /**
   * GET (or another method) against the emulator; the answer's body is parsed when it is JSON.
   * `body` is sent as JSON, `text` as it is (a body that is not JSON).
   */
  request(
    path: string,
    options?: {
      as?: TestCaller;
      headers?: Record<string, string>;
      method?: string;
      body?: unknown;
      text?: string;
    },
  ): Promise<TestResponse>;
}

export async function startTestEmulator(
  options: PartnerCenterEmulatorOptions = {},
): Promise<TestEmulator> {
  const emulator = await createPartnerCenterEmulator({
    authenticate: authenticateTestToken,
    ...options,
  });
  return {
    url: emulator.url,
    close: () => emulator.close(),
    async request(path, { as = 'admin-agent', headers = {}, method = 'GET', body, text } = {}) {
      const response = await fetch(`${emulator.url}${path}`, {
        method,
        headers: { ...(as !== 'anonymous' && { Authorization: `Bearer ${as}` }), ...headers },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        ...(text !== undefined && { body: text }),
      });
      const answer = await response.text();
      let parsed: unknown = undefined;
      try {
        parsed = JSON.parse(answer);
      } catch {
        // Left undefined: some faults answer with a body that is deliberately not JSON.
      }
      return { status: response.status, headers: response.headers, text: answer, body: parsed };
    },
  };
}
