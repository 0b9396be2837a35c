import { checkAuthorityReachable } from './check-authority-reachable';

const metadata = JSON.stringify({ issuer: 'http://localhost:4282/tenant/v2.0' });

describe('checkAuthorityReachable', () => {
  it('asks for the discovery document of the issuer named in the metadata', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(new Response(null, { status: 200 }));
    await expect(
      checkAuthorityReachable(metadata, 'https://localhost:4282/tenant', fetchImpl),
    ).resolves.toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith(
      'http://localhost:4282/tenant/v2.0/.well-known/openid-configuration',
      expect.objectContaining({ mode: 'no-cors' }),
    );
  });

  it('falls back to the Entra discovery path of the authority, and reports a network failure', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(
      checkAuthorityReachable(undefined, 'https://login.microsoftonline.com/tenant', fetchImpl),
    ).resolves.toBe(false);
    expect(fetchImpl).toHaveBeenCalledWith(
      'https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration',
      expect.anything(),
    );
  });
});
