import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '@/components/layout/page-title';
import { DeviceBatchesView } from '@/features/device-batches/components/device-batches-view';

/**
 * `/customers/{id}/device-batches`. The customer layout around it names the customer and checks
 * the id; this page works without it too.
 */
export function DeviceBatchesPage() {
  const { t } = useTranslation('deviceBatches');
  const { customerId = '' } = useParams();
  return (
    <Stack gap="md">
      <PageTitle>{t('page.title')}</PageTitle>
      <DeviceBatchesView customerId={customerId} />
    </Stack>
  );
}
