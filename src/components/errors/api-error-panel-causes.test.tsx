import { screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import { ReSignInGuardContext } from '@/lib/auth/re-sign-in-context';
import { createReSignInGuard } from '@/lib/auth/re-sign-in-guard';
import { renderWithProviders } from '@/testing/render-app';
import { createTestI18n } from '@/testing/test-i18n';
import { ApiErrorPanel } from './api-error-panel';

const refusal = (status: number, code: number | string, description: string) =>
  new PartnerCenterError({
    kind: 'http',
    url: 'https://app.example/api/partner-center/v1/customers/c1/deviceBatches',
    status,
    code,
    description,
    requestId: 'request-1',
    correlationId: 'correlation-1',
  });

const mfa = refusal(401, 10001, 'Authentication failed. MFA required.');
const conditionalAccess = refusal(403, '900309', 'Blocked by Conditional Access');
const noRelationship = refusal(
  403,
  20002,
  'The partner ID 4b1c has no commerce relationship with the customer ID c1.',
);

describe('ApiErrorPanel explains what Partner Center refused, and what to do', () => {
  afterEach(() => {
    sessionStorage.clear();
  });

  it.each([
    [
      mfa,
      'Partner Center needs multi-factor authentication',
      /Sign in again and complete the MFA step/,
    ],
    [
      conditionalAccess,
      'Blocked by your organisation’s Conditional Access',
      /Sign in from a compliant or managed device/,
    ],
    [
      noRelationship,
      'No access to this customer',
      /your partner organisation has no relationship with this customer/,
    ],
  ])('%#: %s', (error, title, help) => {
    renderWithProviders(<ApiErrorPanel error={error} />);
    const alert = screen.getByRole('alert');

    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(help);
    expect(alert).toHaveTextContent(`Partner Center code: ${String(error.code)}`);
    expect(alert).toHaveTextContent('Request id: request-1');
  });

  it('says it in Dutch too', () => {
    renderWithProviders(
      <I18nextProvider i18n={createTestI18n('nl-NL')}>
        <ApiErrorPanel error={conditionalAccess} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Geblokkeerd door voorwaardelijke toegang.*Meld je aan vanaf een conform of beheerd apparaat/,
    );
  });

  it('offers signing in again for missing MFA once the automatic sign-in is spent', () => {
    createReSignInGuard(sessionStorage).decideUnauthorized();
    const guard = createReSignInGuard(sessionStorage);
    guard.decideUnauthorized();
    renderWithProviders(
      <ReSignInGuardContext value={guard}>
        <ApiErrorPanel error={mfa} />
      </ReSignInGuardContext>,
    );
    const alert = screen.getByRole('alert');

    expect(alert).toHaveTextContent('Partner Center needs multi-factor authentication');
    expect(within(alert).getByRole('button', { name: 'Sign in again' })).toBeVisible();
  });
});
