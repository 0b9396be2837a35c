import { describe, expect, it } from 'vitest';
import { createHostMatcher, loopbackHosts } from './allowed-hosts.js';

describe('createHostMatcher', () => {
  it('by default answers the loopback names on its own port only', () => {
    const isAllowed = createHostMatcher(loopbackHosts(4280));
    expect(
      ['localhost:4280', '127.0.0.1:4280', '[::1]:4280', 'LOCALHOST:4280'].map(isAllowed),
    ).toEqual([true, true, true, true]);
    expect(
      ['localhost', 'localhost:4281', 'evil.example:4280', '127.0.0.2:4280'].map(isAllowed),
    ).toEqual([false, false, false, false]);
  });

  it('takes a name without a port for any port, and ignores a trailing dot', () => {
    const isAllowed = createHostMatcher(['dashboard.contoso.example']);
    expect(isAllowed('dashboard.contoso.example')).toBe(true);
    expect(isAllowed('dashboard.contoso.example:8443')).toBe(true);
    expect(isAllowed('dashboard.contoso.example.')).toBe(true);
    expect(isAllowed('evil.dashboard.contoso.example')).toBe(false);
    expect(isAllowed('dashboard.contoso.example.evil.example')).toBe(false);
  });

  it('refuses what is not a host at all', () => {
    const isAllowed = createHostMatcher(['localhost']);
    for (const authority of [
      '',
      'user@localhost',
      'localhost/x',
      'localhost:80:80',
      'local host',
    ]) {
      expect(isAllowed(authority)).toBe(false);
    }
  });

  it('fails at start on an entry that is not a host', () => {
    expect(() => createHostMatcher(['https://dashboard.example'])).toThrow(/host:port/);
  });
});
