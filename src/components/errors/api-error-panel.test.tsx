import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import { renderWithProviders } from '@/testing/render-app';
import { createTestI18n } from '@/testing/test-i18n';
import { ApiErrorPanel } from './api-error-panel';

const url = 'https://app.example/api/partner-center/v1/customers/c1/deviceBatches';

describe('ApiErrorPanel diagnostics', () => {
  beforeEach(() => {
    window.history.pushState({}, '', '/customers/c1/device-batches');
  });

  it('shows and copies the failed request, status, code, description and ids', async () => {
    const user = userEvent.setup();
    const error = new PartnerCenterError({
      kind: 'http',
      url,
      status: 500,
      code: 800003,
      description: 'Unexpected service error',
      requestId: 'request-1',
      correlationId: 'correlation-1',
      occurredAt: new Date('2025-03-04T05:06:07.089Z'),
    });
    renderWithProviders(<ApiErrorPanel error={error} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    const expected = [
      'Time: 2025-03-04T05:06:07.089Z',
      'Page: /customers/c1/device-batches',
      `Request: GET ${url}`,
      'HTTP status: 500',
      'Partner Center code: 800003',
      'Description: Unexpected service error',
      'Request id: request-1',
      'Correlation id: correlation-1',
    ].join('\n');

    await user.click(within(alert).getByRole('button', { name: 'Show diagnostics' }));
    expect(await within(alert).findByRole('textbox', { name: 'Diagnostics' })).toHaveValue(
      expected,
    );

    await user.click(within(alert).getByRole('button', { name: 'Copy diagnostics' }));
    expect(await navigator.clipboard.readText()).toBe(expected);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  it('shows a hostile description as text, never as markup', async () => {
    const user = userEvent.setup();
    const description = '<img src=x onerror="window.hacked=1"><b>bold</b>';
    const error = new PartnerCenterError({
      kind: 'http',
      url,
      status: 400,
      code: 800002,
      description,
      requestId: 'request-1',
      correlationId: 'correlation-1',
    });
    renderWithProviders(<ApiErrorPanel error={error} />);
    const alert = screen.getByRole('alert');

    await user.click(within(alert).getByRole('button', { name: 'Show diagnostics' }));

    expect(alert.querySelector('img, b')).toBeNull();
    expect(alert).toHaveTextContent(`Description: ${description}`);
    const field = await within(alert).findByRole('textbox', { name: 'Diagnostics' });
    expect((field as HTMLTextAreaElement).value).toContain(`Description: ${description}\n`);
  });

  it('offers diagnostics in Dutch, with the block itself in English for support', async () => {
    const user = userEvent.setup();
    const error = new PartnerCenterError({
      kind: 'network',
      url,
      requestId: 'request-1',
      correlationId: 'correlation-1',
    });
    renderWithProviders(
      <I18nextProvider i18n={createTestI18n('nl-NL')}>
        <ApiErrorPanel error={error} />
      </I18nextProvider>,
    );

    await user.click(screen.getByRole('button', { name: 'Diagnose tonen' }));

    const field = await screen.findByRole('textbox', { name: 'Diagnose' });
    expect(field).toHaveAccessibleDescription(/in het Engels/);
    expect((field as HTMLTextAreaElement).value).toContain(
      'Error: Partner Center could not be reached. Check the connection and try again.\n' +
        `Request: GET ${url}\nRequest id: request-1\nCorrelation id: correlation-1`,
    );
    expect(screen.getByRole('button', { name: 'Diagnose kopiëren' })).toBeVisible();
  });
});
