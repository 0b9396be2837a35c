import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render-app';
import { testAuthSettings } from '@/testing/test-auth';
import { RequireSignIn } from './require-sign-in';

describe('RequireSignIn', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('names the sign-in service when it cannot be reached, instead of leaving for an error page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')),
    );
    renderWithProviders(
      <RequireSignIn>
        <p>secret page</p>
      </RequireSignIn>,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sign-in service cannot be reached');
    expect(alert).toHaveTextContent(testAuthSettings.authority);
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeEnabled();
    expect(screen.queryByText('secret page')).not.toBeInTheDocument();
  });
});
