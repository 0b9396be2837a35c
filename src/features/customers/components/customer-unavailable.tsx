import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { paths } from '@/config/paths';
import { isPartnerCenterError } from '@/lib/api-client/api-error';

/**
 * Partner Center's definite "no" about a customer: unknown (404), an id it refuses (400), or no
 * access (403). The customer's pages cannot show anything then; other failures may pass.
 */
export function isCustomerUnavailable(error: unknown): boolean {
  return isPartnerCenterError(error, 'http') && [400, 403, 404].includes(error.status ?? 0);
}

/** Instead of a customer's page: why it cannot be shown, the ids support asks for, a way out. */
export function CustomerUnavailable({ error }: { readonly error: unknown }) {
  const { t } = useTranslation('customers');
  const notFound = isPartnerCenterError(error, 'http') && error.status !== 403;
  return (
    <ApiErrorPanel
      error={error}
      {...(notFound ? { title: t('notFound.title'), description: t('notFound.body') } : {})}
      actions={<PickCustomerButton />}
    />
  );
}

export function PickCustomerButton() {
  const { t } = useTranslation('customers');
  return (
    <Button component={Link} to={paths.customers.getHref()} size="xs" variant="default">
      {t('actions.pickCustomer')}
    </Button>
  );
}
