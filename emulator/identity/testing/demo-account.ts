/** For tests: a demo account by name, so a renamed account fails loudly. */
import { demoAccounts, type DemoAccount } from '../demo-accounts';

export function demoAccount(name: string): DemoAccount {
  const account = demoAccounts.find((candidate) => candidate.name === name);
  if (account === undefined) throw new Error(`no demo account called ${name}`);
  return account;
}
