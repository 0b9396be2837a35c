import './profile-pages.css';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '@/components/layout/page-title';
import { customerQueryOptions } from '@/features/customers/api/get-customer';
import { ProfilesView } from '@/features/profiles/components/profiles-view';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { usePartnerRole } from '@/lib/auth/use-partner-role';

/**
 * `/customers/{id}/profiles`: the customer's Autopilot profiles. Joins the customer's name (for the
 * browser tab and for the dialogs, which name the customer) and the signed-in account's role to
 * the profiles feature.
 */
export function ProfilesPage() {
  const { t } = useTranslation('profiles');
  const { customerId = '' } = useParams();
  const customer = useQuery(customerQueryOptions(useApiClient(), customerId));
  const role = usePartnerRole();
  const customerName = customer.data?.companyProfile.companyName;
  return (
    <Stack component="section" aria-label={t('page.title')} gap="md">
      <PageTitle context={customerName}>{t('page.title')}</PageTitle>
      <ProfilesView customerId={customerId} customerName={customerName ?? customerId} role={role} />
    </Stack>
  );
}
