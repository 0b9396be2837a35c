import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { paths } from '@/config/paths';
import type { UploadResult, UploadTarget } from '../api/send-device-upload';
import type { RememberedUpload } from '../tracking/remembered-uploads';
import { trackerHref } from '../tracking/tracker-href';

interface UploadStoppedProps {
  readonly customerId: string;
  readonly target: UploadTarget;
  readonly result: Extract<UploadResult, { kind: 'stopped' }>;
  readonly remembered: RememberedUpload | undefined;
  readonly requestCount: number;
  readonly onBack: () => void;
}

/**
 * A request of the upload failed, so the rest was not sent. Says which one, whether Partner Center
 * may have acted on it all the same (then: check before sending again), what was accepted before
 * it, how many devices were never sent, and where to look: the batch's devices and the tracker.
 */
export function UploadStopped({
  customerId,
  target,
  result,
  remembered,
  requestCount,
  onBack,
}: UploadStoppedProps) {
  const { t, i18n } = useTranslation('deviceUploads');
  const format = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const { failed } = result;
  const which = {
    request: failed.index + 1,
    total: requestCount,
    count: format(failed.deviceCount),
  };
  const acceptedCount = result.accepted.reduce((sum, request) => sum + request.deviceCount, 0);
  const adminOnly = failed.error.status === 403;
  const nameTaken =
    failed.error.status === 409 && target.kind === 'new-batch' && failed.index === 0;

  let title: string;
  let description: string;
  if (failed.outcomeUnknown) {
    title = t('stopped.outcomeUnknownTitle');
    description = t('stopped.outcomeUnknownBody', which);
  } else if (adminOnly) {
    title = t('role.refusedTitle');
    description = t('role.refusedBody');
  } else {
    title = t('stopped.refusedTitle');
    description = `${t('stopped.refusedBody', which)}${nameTaken ? ` ${t('stopped.batchTaken')}` : ''}`;
  }

  return (
    <Stack gap="sm">
      <ApiErrorPanel
        error={failed.error}
        title={title}
        description={
          <Stack gap={4}>
            <Text size="sm">{description}</Text>
            {acceptedCount > 0 && (
              <Text size="sm">
                {t('stopped.acceptedBefore', {
                  count: acceptedCount,
                  formatted: format(acceptedCount),
                })}
              </Text>
            )}
            {result.notSentDeviceCount > 0 && (
              <Text size="sm">
                {t('stopped.notSent', {
                  count: result.notSentDeviceCount,
                  formatted: format(result.notSentDeviceCount),
                })}
              </Text>
            )}
          </Stack>
        }
        actions={
          <Group gap="sm">
            {remembered && (
              <Button component={Link} to={trackerHref(remembered)}>
                {t('stopped.followAccepted')}
              </Button>
            )}
            {(failed.outcomeUnknown || acceptedCount > 0 || target.kind === 'existing-batch') && (
              <Button
                variant="default"
                component={Link}
                to={paths.devices.getHref(customerId, target.batchId)}
              >
                {t('stopped.checkBatch')}
              </Button>
            )}
            <Button variant="default" onClick={onBack}>
              {t('stopped.tryAgain')}
            </Button>
          </Group>
        }
      />
    </Stack>
  );
}
