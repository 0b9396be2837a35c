import { PublicClientApplication, type AccountInfo } from '@azure/msal-browser';
import { render, screen, waitFor } from '@testing-library/react';
import { useAuthStatus, type AuthStatus } from '../auth-status';
import { buildMsalConfiguration } from './create-msal-instance';
import { MsalAuthStatusProvider } from './msal-auth-status-provider';
import { testAuthSettings } from '@/testing/test-auth';

function ShowStatus() {
  const { account, interactionInProgress } = useAuthStatus();
  return (
    <p>
      {account ? `${account.name} <${account.username}> ${account.id}` : 'nobody'}
      {interactionInProgress ? ' busy' : ' idle'}
    </p>
  );
}

const ada: AccountInfo = {
  homeAccountId: 'uid.tid',
  localAccountId: 'uid',
  environment: 'login.example',
  tenantId: 'tid',
  username: 'ada@contoso.example',
  name: 'Ada Lovelace',
};

function ShowGroups() {
  const { account } = useAuthStatus();
  return <p>{JSON.stringify(account?.idTokenClaims?.groups ?? null)}</p>;
}

async function startedMsal(accounts: AccountInfo[]): Promise<PublicClientApplication> {
  const instance = new PublicClientApplication(buildMsalConfiguration(testAuthSettings));
  await instance.initialize();
  vi.spyOn(instance, 'getAllAccounts').mockReturnValue(accounts);
  vi.spyOn(instance, 'getActiveAccount').mockReturnValue(accounts[0] ?? null);
  return instance;
}

describe('MsalAuthStatusProvider', () => {
  it('reports nobody signed in, and nothing under way, once MSAL has started', async () => {
    render(
      <MsalAuthStatusProvider instance={await startedMsal([])}>
        <ShowStatus />
      </MsalAuthStatusProvider>,
    );
    expect(await screen.findByText('nobody idle')).toBeInTheDocument();
  });

  it("reports the active account by MSAL's homeAccountId, name and sign-in name", async () => {
    render(
      <MsalAuthStatusProvider instance={await startedMsal([ada])}>
        <ShowStatus />
      </MsalAuthStatusProvider>,
    );
    expect(
      await screen.findByText('Ada Lovelace <ada@contoso.example> uid.tid idle'),
    ).toBeInTheDocument();
  });

  it("passes on the ID token's claims, the security groups among them", async () => {
    const groups = ['7a3e9c41-5b2d-4f8e-a1c6-2d9b0e4f6a17'];
    const withGroups: AccountInfo = { ...ada, idTokenClaims: { oid: 'uid', groups } };
    render(
      <MsalAuthStatusProvider instance={await startedMsal([withGroups])}>
        <ShowGroups />
      </MsalAuthStatusProvider>,
    );
    expect(await screen.findByText(JSON.stringify(groups))).toBeInTheDocument();
  });

  it('keeps the same status while MSAL hands out new copies of the same claims', async () => {
    const instance = await startedMsal([ada]);
    const copy = (): AccountInfo => ({ ...ada, idTokenClaims: { oid: 'uid', groups: ['g'] } });
    vi.spyOn(instance, 'getActiveAccount').mockImplementation(copy);
    const statuses: AuthStatus[] = [];
    function Remember() {
      statuses.push(useAuthStatus());
      return null;
    }
    const tree = (
      <MsalAuthStatusProvider instance={instance}>
        <Remember />
      </MsalAuthStatusProvider>
    );
    const { rerender } = render(tree);
    await waitFor(() => {
      expect(statuses.at(-1)?.interactionInProgress).toBe(false);
    });
    const settled = statuses.at(-1);

    rerender(
      <MsalAuthStatusProvider instance={instance}>
        <Remember />
      </MsalAuthStatusProvider>,
    );

    expect(statuses.at(-1)).toBe(settled);
    expect(settled?.account?.idTokenClaims).toEqual({ oid: 'uid', groups: ['g'] });
  });
});
