import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/errors/error-panel';
import { PickCustomerButton } from './customer-unavailable';

/** A customer link whose id cannot be a tenant id; nothing is asked of Partner Center. */
export function InvalidCustomerId({ value }: { readonly value: string }) {
  const { t } = useTranslation('customers');
  return (
    <ErrorPanel
      title={t('invalidId.title')}
      description={t('invalidId.body')}
      details={[{ label: t('invalidId.valueLabel'), value }]}
      actions={<PickCustomerButton />}
    />
  );
}
