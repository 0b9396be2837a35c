import { demoAccounts, partnerTenantId } from '../identity/demo-accounts';
import type { Authenticate } from './emulator-options';

const firstAdminAgent = demoAccounts.find((account) => account.role === 'admin-agent');

/**
 * Used until a real token check is plugged in: any `Bearer <something>` is the first admin-agent
 * demo account; no bearer token at all is refused like the real service refuses it.
 */
export const acceptAnyBearerToken: Authenticate = (authorizationHeader) => {
  const header = authorizationHeader?.trim() ?? '';
  if (header === '' || /^bearer$/i.test(header)) {
    return Promise.resolve({ ok: false, reason: 'missing' });
  }
  if (!/^bearer\s+\S/i.test(header) || firstAdminAgent === undefined) {
    return Promise.resolve({ ok: false, reason: 'invalid' });
  }
  return Promise.resolve({ ok: true, oid: firstAdminAgent.oid, tid: partnerTenantId });
};
