import { PublicClientApplication, type AccountInfo } from '@azure/msal-browser';
import { render, screen } from '@testing-library/react';
import { useAuthStatus } from '../auth-status';
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
});
