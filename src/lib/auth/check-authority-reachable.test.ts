import { checkAuthorityReachable } from './check-authority-reachable';

const metadata = JSON.stringify({
  authorization_endpoint: 'http://localhost:4282/tenant/oauth2/v2.0/authorize',
});

describe('checkAuthorityReachable', () => {
  it('asks the host of the authorization endpoint from the metadata', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(new Response(null, { status: 200 }));
    await expect(
      checkAuthorityReachable(metadata, 'https://localhost:4282/tenant', fetchImpl),
    ).resolves.toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith(
      'http://localhost:4282/',
      expect.objectContaining({ mode: 'no-cors' }),
    );
  });

  it('falls back to the authority without metadata, and reports a network failure', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(
      checkAuthorityReachable(undefined, 'https://login.microsoftonline.com/tenant', fetchImpl),
    ).resolves.toBe(false);
    expect(fetchImpl).toHaveBeenCalledWith('https://login.microsoftonline.com/', expect.anything());
  });
});
