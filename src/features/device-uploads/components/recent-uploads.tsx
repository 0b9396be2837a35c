import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rememberedUploadsQueryOptions } from '../tracking/remembered-uploads-query';
import { trackerHref } from '../tracking/tracker-href';

interface RecentUploadsProps {
  readonly customerId: string;
  readonly accountId: string | undefined;
}

/** Shown on the batches page: the uploads this account started for the customer, newest first, each linked to its tracker. */
export function RecentUploads({ customerId, accountId }: RecentUploadsProps) {
  const { t, i18n } = useTranslation('deviceUploads');
  const { data: uploads = [] } = useQuery(rememberedUploadsQueryOptions(accountId, customerId));
  if (uploads.length === 0) return null;
  const format = new Intl.NumberFormat(i18n.language);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack gap={4} component="section" aria-label={t('recent.label')}>
      <Title order={2} size="h5">
        {t('recent.heading')}
      </Title>
      <List size="sm" spacing={2}>
        {uploads.slice(0, 5).map((upload) => {
          const count = upload.requests.reduce((sum, request) => sum + request.deviceCount, 0);
          return (
            <List.Item key={upload.uploadId}>
              <Anchor component={Link} to={trackerHref(upload)} size="sm">
                {t('recent.upload', {
                  count,
                  formatted: format.format(count),
                  batch: upload.batchId,
                })}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {when.format(new Date(upload.startedAt))}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
