import { useTranslation } from 'react-i18next';
import { SignInWithAnotherAccountButton } from '@/components/auth/sign-in-with-another-account-button';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { classifyApiError } from '@/components/errors/describe-api-error';
import { isPartnerCenterError } from '@/lib/api-client/api-error';

/** Partner Center refused the account itself (403 without "no relationship"): it has no role. */
export function isNoPartnerCenterRole(error: unknown): boolean {
  return isPartnerCenterError(error) && classifyApiError(error) === 'noRole';
}

/**
 * The customer list of an account without a Partner Center role: which role it needs and who
 * grants it, and signing in with another account. No "Try again": asking again cannot help until
 * the partner's admin has given this account a role.
 */
export function NoPartnerCenterRole({ error }: { readonly error: unknown }) {
  const { t } = useTranslation('customers');
  return (
    <ApiErrorPanel
      error={error}
      title={t('noRole.title')}
      description={t('noRole.body')}
      actions={<SignInWithAnotherAccountButton />}
    />
  );
}
