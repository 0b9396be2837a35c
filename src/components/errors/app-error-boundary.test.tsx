import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render-app';
import { AppErrorBoundary } from './app-error-boundary';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('Kaboom while rendering');
  return <p>All good</p>;
}

describe('AppErrorBoundary', () => {
  it('shows what failed instead of a white screen, and recovers on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderWithProviders(
      <AppErrorBoundary>
        <Fragile />
      </AppErrorBoundary>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('alert')).toHaveTextContent('Kaboom while rendering');
    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    expect(await navigator.clipboard.readText()).toMatch(
      /^Time: \S+Z\nPage: \S+\nError: Kaboom while rendering$/,
    );

    shouldThrow = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('All good')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
