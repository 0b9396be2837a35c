import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** Where to go from a tracker: the batch's devices (to see the change there), or the batches. */
export function BatchLinks({
  customerId,
  batchId,
}: {
  readonly customerId: string;
  readonly batchId: string | undefined;
}) {
  const { t } = useTranslation('deviceChanges');
  return (
    <Group gap="md">
      {batchId !== undefined && (
        <Anchor
          component={Link}
          to={paths.devices.getHref(customerId, batchId)}
          style={{ overflowWrap: 'anywhere' }}
        >
          {t('tracker.viewDevices', { batch: batchId })}
        </Anchor>
      )}
      <Anchor component={Link} to={paths.deviceBatches.getHref(customerId)}>
        {t('tracker.backToBatches')}
      </Anchor>
    </Group>
  );
}
