import { screen } from '@testing-library/react';
import { AuthStatusContext, type AuthStatus } from '@/lib/auth/auth-status';
import { PresenterModeContext } from '@/lib/presenter/presenter-mode';
import { createPresenterModeStore } from '@/lib/presenter/presenter-mode-store';
import { renderWithProviders } from '@/testing/render-app';
import { AccountMenu } from './account-menu';

/** An account whose token carried no display name: MSAL names it by its sign-in address. */
const namedByAddress: AuthStatus = {
  account: { id: 'uid.tid', name: 'ada@contoso.com', username: 'ada@contoso.com' },
  interactionInProgress: false,
};

function renderMenu(presenting: boolean) {
  const url = new URL(`http://localhost/${presenting ? '?presenter=on' : ''}`);
  renderWithProviders(
    <PresenterModeContext value={createPresenterModeStore(sessionStorage, url)}>
      <AuthStatusContext value={namedByAddress}>
        <AccountMenu />
      </AuthStatusContext>
    </PresenterModeContext>,
  );
}

describe('AccountMenu', () => {
  afterEach(() => {
    sessionStorage.clear();
  });

  it('names the signed-in account, address included', () => {
    renderMenu(false);
    expect(screen.getByRole('button', { name: /^Account:/ })).toHaveTextContent('ada@contoso.com');
  });

  it('in presenter mode shows no address, even as the account’s name', () => {
    renderMenu(true);
    const account = screen.getByRole('button', { name: /^Account:/ });
    expect(account).toHaveTextContent('••••••••@contoso.com');
    expect(document.body).not.toHaveTextContent('ada@');
  });
});
