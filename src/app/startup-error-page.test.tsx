import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render-app';
import { StartupErrorPage } from './startup-error-page';

describe('StartupErrorPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says the dashboard could not start, why, and reloads on request', async () => {
    const reload = vi.fn();
    const { href, origin, pathname, search, hash } = new URL(window.location.href);
    vi.stubGlobal('location', { href, origin, pathname, search, hash, reload });
    renderWithProviders(
      <StartupErrorPage
        error={new TypeError('Failed to fetch dynamically imported module: /assets/start-msal.js')}
      />,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The dashboard could not start');
    expect(alert).toHaveTextContent('check your connection and reload the page');
    await userEvent.click(screen.getByRole('button', { name: 'Show diagnostics' }));
    const diagnostics = await screen.findByRole('textbox', { name: 'Diagnostics' });
    expect((diagnostics as HTMLTextAreaElement).value).toContain(
      'Error: Failed to fetch dynamically imported module: /assets/start-msal.js',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
