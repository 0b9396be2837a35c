import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../emulator/identity/demo-accounts';
import { startupBanner } from './startup-banner';

const banner = startupBanner(
  {
    dashboard: 'http://localhost:4280',
    identityProvider: 'http://localhost:4282',
    partnerCenter: 'http://127.0.0.1:4281',
  },
  demoAccounts,
);

describe('startupBanner', () => {
  it('names the three servers with their URLs', () => {
    expect(banner).toMatch(/Dashboard {17}http:\/\/localhost:4280\n/);
    expect(banner).toMatch(/Identity provider {9}http:\/\/localhost:4282\n/);
    expect(banner).toMatch(
      /Partner Center emulator {3}http:\/\/127\.0\.0\.1:4281 {2}\(API under \/v1\)/,
    );
  });

  it('lists each demo account with its role and what it shows, in aligned columns', () => {
    const rows = banner
      .split('\n')
      .filter((line) => demoAccounts.some((a) => line.includes(a.name)));
    expect(rows).toHaveLength(demoAccounts.length);
    for (const [index, account] of demoAccounts.entries()) {
      expect(rows[index]).toContain(account.roleLabel);
      expect(rows[index]).toContain(account.description);
    }
    const roleColumn = rows.map((row, index) => row.indexOf(demoAccounts[index]?.roleLabel ?? ''));
    expect(new Set(roleColumn).size).toBe(1);
    expect(banner).toContain('Chris Green');
    expect(banner).toContain('No Partner Center role');
  });
});
