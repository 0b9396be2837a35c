import { demoAccounts, type DemoAccount } from '../../emulator/identity/demo-accounts';

function account(role: DemoAccount['role'], shortLived = false): DemoAccount {
  const found = demoAccounts.find(
    (candidate) =>
      candidate.role === role && candidate.accessTokenLifetimeSeconds < 60 === shortLived,
  );
  if (!found) throw new Error(`no demo account with role ${role}`);
  return found;
}

/** The local identity provider's demo accounts, by what they are for. */
export const accounts = {
  admin: account('admin-agent'),
  sales: account('sales-agent'),
  noAccess: account('none'),
  shortLived: account('admin-agent', true),
};
