import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountMenu } from '@/components/auth/account-menu';
import { AccountMenuItems } from '@/components/auth/account-menu-items';
import { AuthSessionContext } from '@/lib/auth/auth-session';
import { AuthStatusContext, type AuthStatus } from '@/lib/auth/auth-status';
import { renderRoutes } from '@/testing/render-app';
import { createTestAuthSession } from '@/testing/test-auth';
import { AppFrame } from './app-frame';
import { narrowHeaderQuery } from './use-narrow-header';

const adele: AuthStatus = {
  account: { id: 'uid.tid', name: 'Adele Vance', username: 'adele@contoso.example' },
  interactionInProgress: false,
};

/** A screen as narrow (or not) as the header's breakpoint says. */
function screenWidth(narrow: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query) =>
      ({
        matches: narrow && query === narrowHeaderQuery,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as unknown as MediaQueryList,
  );
}

function renderFrame(logoutRedirect = vi.fn<() => Promise<void>>().mockResolvedValue()) {
  const frame = (
    <AuthStatusContext value={adele}>
      <AuthSessionContext value={createTestAuthSession({ logoutRedirect })}>
        <AppFrame account={<AccountMenu />} accountItems={<AccountMenuItems withName />}>
          <p>page</p>
        </AppFrame>
      </AuthSessionContext>
    </AuthStatusContext>
  );
  renderRoutes([{ path: '/customers', element: frame }], '/customers');
  return { logoutRedirect };
}

const header = () => screen.getByRole('banner');

describe('the header on a narrow screen', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    sessionStorage.clear();
  });

  it('collapses every control into one menu', async () => {
    screenWidth(true);
    renderFrame();

    for (const name of ['Language', 'Switch to dark theme', 'Start presenter mode', /^Account:/])
      expect(within(header()).queryByRole('button', { name })).not.toBeInTheDocument();

    await userEvent.click(within(header()).getByRole('button', { name: 'Menu' }));
    const menu = await screen.findByRole('menu');
    expect(menu).toHaveTextContent('Adele Vance');
    expect(menu).toHaveTextContent('adele@contoso.example');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'English',
      'Nederlands',
      'Switch to dark theme',
      'Start presenter mode',
      'Switch account',
      'Sign out',
    ]);
  });

  it('is worked with the keyboard: open, move with the arrows, choose with Enter', async () => {
    screenWidth(true);
    const { logoutRedirect } = renderFrame();

    await userEvent.tab(); // the skip link
    await userEvent.tab(); // the product name
    await userEvent.tab();
    expect(within(header()).getByRole('button', { name: 'Menu' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('menu');
    expect(screen.getByRole('menuitem', { name: 'English' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Nederlands' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}'); // past the first item, round to the last
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(logoutRedirect).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('switches language and presenter mode from the menu', async () => {
    screenWidth(true);
    renderFrame();

    await userEvent.click(screen.getByRole('button', { name: 'Menu' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Nederlands' }));
    expect(await screen.findByRole('button', { name: 'Menu' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Menu' }));
    await userEvent.click(
      await screen.findByRole('menuitem', { name: 'Presentatiemodus starten' }),
    );

    // Presenting, the header still says so, and the account's address is not shown.
    expect(within(header()).getByText('Presentatiemodus')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Menu' }));
    const menu = await screen.findByRole('menu');
    expect(menu).not.toHaveTextContent('adele@contoso.example');
    await userEvent.click(
      within(menu).getByRole('menuitem', { name: 'Presentatiemodus verlaten' }),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Presentatiemodus verlaten?' }),
    ).toBeInTheDocument();
  });

  it('keeps every control in sight on a wider screen, without the menu', () => {
    screenWidth(false);
    renderFrame();

    expect(within(header()).queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
    for (const name of ['Language', 'Switch to dark theme', 'Start presenter mode', /^Account:/])
      expect(within(header()).getByRole('button', { name })).toBeInTheDocument();
  });
});
