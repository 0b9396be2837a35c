import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fakeCustomer, fakeCustomersApi } from '@/features/customers/testing/fake-customers-api';
import { renderRoutesWithApi } from '@/features/customers/testing/render-with-api';
import { apiUrl, server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { AuthSessionContext, type AuthSession } from '@/lib/auth/auth-session';
import { createTestAuthSession, testAuthSettings } from '@/testing/test-auth';
import { CustomersPage } from './customers-page';

startApiTestServer();
configure({ asyncUtilTimeout: 5000 });

const routes = [{ path: '/customers', element: <CustomersPage /> }];

beforeEach(() => {
  server.use(
    ...fakeCustomersApi([
      fakeCustomer('5c000000-0000-4000-8000-000000000001', 'Contoso'),
      fakeCustomer('5c000000-0000-4000-8000-000000000002', 'Northwind Traders'),
    ]),
  );
});

describe('CustomersPage', () => {
  it('restores the search from a bookmarked ?q=', async () => {
    renderRoutesWithApi(routes, '/customers?q=north');

    expect(screen.getByRole('heading', { name: 'Customers', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search customers' })).toHaveValue('north');
    expect(await screen.findByText('1 customer matches “north”.')).toBeInTheDocument();
  });

  it('keeps the search in the URL, without adding a history entry per search', async () => {
    const { router } = renderRoutesWithApi(routes, '/customers');
    const search = screen.getByRole('searchbox', { name: 'Search customers' });

    await userEvent.type(search, ' contoso ');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?q=contoso');
    });
    expect(router.state.historyAction).toBe('REPLACE');

    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
  });

  it('tells an account without a Partner Center role which role it needs, and offers another account', async () => {
    const loginRedirect = vi.fn<AuthSession['loginRedirect']>().mockResolvedValue();
    server.use(
      http.get(apiUrl('/v1/customers'), () =>
        HttpResponse.json({ code: 0, description: 'Forbidden' }, { status: 403 }),
      ),
      // The identity provider answers, so signing in goes ahead.
      http.get(`${testAuthSettings.authority}/*`, () => new HttpResponse(null)),
    );
    const page = (
      <AuthSessionContext value={createTestAuthSession({ loginRedirect })}>
        <CustomersPage />
      </AuthSessionContext>
    );
    renderRoutesWithApi([{ path: '/customers', element: page }], '/customers');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account has no role in Partner Center');
    expect(alert).toHaveTextContent('Admin agent or Sales agent');
    expect(alert).toHaveTextContent('admin grants it');
    expect(alert).toHaveTextContent('HTTP status: 403');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    await userEvent.click(
      within(alert).getByRole('button', { name: 'Sign in with another account' }),
    );
    expect(loginRedirect).toHaveBeenCalledWith({ selectAccount: true });
  });
});
