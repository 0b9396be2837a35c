import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageTitle } from '@/components/layout/page-title';
import { customerQueryOptions } from '@/features/customers/api/get-customer';
import { UploadTrackerView } from '@/features/device-uploads/components/upload-tracker-view';
import { rememberedUploadsQueryOptions } from '@/features/device-uploads/tracking/remembered-uploads-query';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { UploadBreadcrumbs } from './upload-breadcrumbs';

/**
 * `/customers/{id}/uploads/{uploadId}?batch=…&also=…`: an upload's tracker. The address holds all
 * it needs, so a bookmark works in any browser; this browser's list of uploads adds what only it
 * knows (devices never sent after a failed request).
 */
export function UploadPage() {
  const { t } = useTranslation('deviceUploads');
  const { customerId = '', uploadId = '' } = useParams();
  const [search] = useSearchParams();
  const accountId = useAuthStatus().account?.id;
  const customer = useQuery(customerQueryOptions(useApiClient(), customerId));
  const remembered = useQuery({
    ...rememberedUploadsQueryOptions(accountId, customerId),
    select: (uploads) => uploads.find((upload) => upload.uploadId === uploadId),
  });
  const batchId = search.get('batch') ?? remembered.data?.batchId;
  const later = search.getAll('also');
  const rememberedLater = (remembered.data?.requests ?? [])
    .slice(1)
    .map((request) => request.trackingId)
    .filter((trackingId) => trackingId !== undefined);
  const trackingIds = [uploadId, ...(later.length > 0 ? later : rememberedLater)];

  return (
    <Stack component="section" aria-label={t('tracker.breadcrumb')} gap="md">
      <UploadBreadcrumbs customerId={customerId} current={t('tracker.breadcrumb')} />
      <PageTitle context={customer.data?.companyProfile.companyName}>
        {batchId ? t('tracker.title', { batch: batchId }) : t('tracker.titleWithoutBatch')}
      </PageTitle>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('tracker.trackingId')}: {uploadId}
      </Text>
      <UploadTrackerView
        key={trackingIds.join(',')}
        customerId={customerId}
        trackingIds={trackingIds}
        batchId={batchId}
        notSentDeviceCount={remembered.data?.notSentDeviceCount ?? 0}
      />
    </Stack>
  );
}
