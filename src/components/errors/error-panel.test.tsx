import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render-app';
import { ErrorPanel } from './error-panel';

describe('ErrorPanel diagnostics', () => {
  beforeEach(() => {
    window.history.pushState({}, '', '/customers/c1?code=secret-code&sort=name');
  });

  it('copies a block with the time, the page without secrets, the title and the details', async () => {
    const user = userEvent.setup();
    const before = Date.now();
    renderWithProviders(
      <ErrorPanel
        title="Sign-in failed"
        description="Try again."
        details={[{ label: 'Code', value: 'AADSTS50011' }]}
      />,
    );
    const alert = screen.getByRole('alert');

    await user.click(within(alert).getByRole('button', { name: 'Copy diagnostics' }));

    expect(within(alert).getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(within(alert).getByRole('status')).toHaveTextContent('Diagnostics copied');
    const copied = await navigator.clipboard.readText();
    const [timeLine, ...rest] = copied.split('\n');
    expect(rest).toEqual([
      'Page: /customers/c1?code=redacted&sort=name',
      'Error: Sign-in failed',
      'Code: AADSTS50011',
    ]);
    const time = Date.parse((timeLine ?? '').replace('Time: ', ''));
    expect(time).toBeGreaterThanOrEqual(before - 1);
    expect(time).toBeLessThanOrEqual(Date.now());
    expect(copied).not.toContain('secret-code');
  });

  it('shows the same text in a labelled read-only field behind a toggle', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ErrorPanel
        title="Something went wrong"
        description="Try again."
        error={new Error('Kaboom')}
      />,
    );
    const toggle = screen.getByRole('button', { name: 'Show diagnostics' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: 'Diagnostics' })).not.toBeInTheDocument();

    await user.click(toggle);

    const field = await screen.findByRole('textbox', { name: 'Diagnostics' });
    expect(field).toBeVisible();
    expect(field).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Hide diagnostics' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect((field as HTMLTextAreaElement).value).toMatch(
      /^Time: \S+Z\nPage: \/customers\/c1\?code=redacted&sort=name\nError: Kaboom$/,
    );

    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    expect(await navigator.clipboard.readText()).toBe((field as HTMLTextAreaElement).value);
  });

  it('opens the text to select by hand when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Not allowed'));
    renderWithProviders(<ErrorPanel title="Something went wrong" description="Try again." />);

    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));

    expect(await screen.findByRole('textbox', { name: 'Diagnostics' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('did not allow copying');
    expect(screen.getByRole('button', { name: 'Copy diagnostics' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Hide diagnostics' }));
    expect(screen.queryByRole('textbox', { name: 'Diagnostics' })).not.toBeInTheDocument();
  });
});
