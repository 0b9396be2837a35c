import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render-app';
import { ConfigErrorPage } from './config-error-page';

describe('ConfigErrorPage', () => {
  it('lists every setting that is wrong and what is wrong with it', () => {
    renderWithProviders(
      <ConfigErrorPage
        problems={[
          { setting: 'auth.clientId', problem: 'is missing' },
          { setting: 'apiBase', problem: 'must be a path on this site' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent(
      'not configured correctly',
    );
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['auth.clientId is missing', 'apiBase must be a path on this site']);
  });

  it('offers the problems as diagnostics to copy', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ConfigErrorPage problems={[{ setting: 'auth.clientId', problem: 'is missing' }]} />,
    );

    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));

    expect(await navigator.clipboard.readText()).toMatch(
      /^Time: \S+Z\nPage: \S+\nError: Zero-Touch Batches is not configured correctly\nauth\.clientId: is missing$/,
    );
  });
});
