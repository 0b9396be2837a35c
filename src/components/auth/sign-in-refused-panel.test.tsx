import { useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import { AuthSessionContext, type AuthSession } from '@/lib/auth/auth-session';
import { ReSignInGuardContext } from '@/lib/auth/re-sign-in-context';
import { createReSignInGuard, type ReSignInGuard } from '@/lib/auth/re-sign-in-guard';
import { renderWithProviders } from '@/testing/render-app';
import { createTestAuthSession } from '@/testing/test-auth';

const refused = () =>
  new PartnerCenterError({
    kind: 'http',
    url: 'https://app.example/api/partner-center/v1/customers/c1/deviceBatches',
    status: 401,
    code: 400,
    description: 'Access denied',
    requestId: 'request-1',
    correlationId: 'correlation-1',
  });

/** A guard that has already sent this tab through sign-in again, as after the return. */
function guardAfterReSignIn(): ReSignInGuard {
  createReSignInGuard(sessionStorage).decideUnauthorized();
  const guard = createReSignInGuard(sessionStorage);
  guard.decideUnauthorized();
  return guard;
}

function renderWith(guard: ReSignInGuard, ui: ReactNode, session: AuthSession) {
  renderWithProviders(
    <AuthSessionContext value={session}>
      <ReSignInGuardContext value={guard}>{ui}</ReSignInGuardContext>
    </AuthSessionContext>,
  );
}

/** A page whose one request Partner Center refuses the first time only. */
function pageRefusedOnce() {
  let answered = 0;
  const queryFn = () =>
    answered++ === 0 ? Promise.reject(refused()) : Promise.resolve('the batches');
  return function Page() {
    const query = useQuery({ queryKey: ['batches'], queryFn });
    if (query.data) return <p>{query.data}</p>;
    return query.isError ? <ApiErrorPanel error={query.error} /> : <p>Loading</p>;
  };
}

describe('SignInRefusedPanel, through ApiErrorPanel', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(new Response(null)));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('says Partner Center refuses the sign-in, with the ids and the ways out', () => {
    renderWith(
      guardAfterReSignIn(),
      <ApiErrorPanel error={refused()} onRetry={() => undefined} />,
      createTestAuthSession(),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Partner Center does not accept your sign-in');
    expect(alert).toHaveTextContent('Request id: request-1');
    expect(alert).toHaveTextContent('Correlation id: correlation-1');
    for (const name of ['Try again', 'Sign in again', 'Sign in with another account'])
      expect(within(alert).getByRole('button', { name })).toBeEnabled();
  });

  it('signs in with another account on request, and a refusal after it shows the panel again', async () => {
    const user = userEvent.setup();
    const loginRedirect = vi.fn<AuthSession['loginRedirect']>().mockResolvedValue();
    renderWith(
      guardAfterReSignIn(),
      <ApiErrorPanel error={refused()} />,
      createTestAuthSession({ loginRedirect }),
    );
    await user.click(screen.getByRole('button', { name: 'Sign in with another account' }));

    expect(loginRedirect).toHaveBeenCalledWith({ selectAccount: true });
    expect(createReSignInGuard(sessionStorage).decideUnauthorized()).toBe('show-panel');
  });

  it('tries every refused request again, even without a retry of the page', async () => {
    const user = userEvent.setup();
    const Page = pageRefusedOnce();
    renderWith(guardAfterReSignIn(), <Page />, createTestAuthSession());
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the batches')).toBeVisible();
  });

  it('while leaving to sign in again, only says the session expired', () => {
    const leaving = createReSignInGuard(sessionStorage);
    leaving.decideUnauthorized();
    renderWith(leaving, <ApiErrorPanel error={refused()} />, createTestAuthSession());

    expect(screen.getByRole('alert')).toHaveTextContent('Your session has expired');
    expect(screen.queryByRole('button', { name: 'Sign in again' })).not.toBeInTheDocument();
  });
});
