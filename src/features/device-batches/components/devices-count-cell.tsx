import { Anchor, Group, Text, Tooltip } from '@mantine/core';
import { IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MissingValue } from '@/components/data-display/missing-value';
import { paths } from '@/config/paths';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';
import type { DevicesLinkCheck } from '../devices-link';

interface DevicesCountCellProps {
  readonly customerId: string;
  readonly batch: DeviceBatch;
  readonly link: DevicesLinkCheck;
  /** Hover or focus on the link: warm the cache with the devices page's first page. */
  readonly onPrefetch?: ((batch: DeviceBatch) => void) | undefined;
}

/**
 * The devices count, linking to the batch's devices page; without a count (not given), the link
 * says "View devices". When the batch's `devicesLink` points outside Partner Center the count stays
 * plain text, with a refusal the user can hover or focus.
 */
export function DevicesCountCell({ customerId, batch, link, onPrefetch }: DevicesCountCellProps) {
  const { t, i18n } = useTranslation('deviceBatches');
  const count = batch.devicesCount;
  const formatted =
    count === undefined ? undefined : new Intl.NumberFormat(i18n.language).format(count);

  if (!link.followable) {
    const refusal = t('table.linkRefused', { target: link.target });
    return (
      <Group gap={6} wrap="nowrap">
        <Text span size="sm">
          {formatted ?? <MissingValue />}
        </Text>
        <Tooltip
          label={refusal}
          multiline
          maw="20rem"
          events={{ hover: true, focus: true, touch: true }}
        >
          <Text span c="red" tabIndex={0} role="img" aria-label={refusal} lh={0}>
            <IconShieldX size={18} aria-hidden />
          </Text>
        </Tooltip>
      </Group>
    );
  }

  const prefetch = () => onPrefetch?.(batch);
  return (
    <Anchor
      component={Link}
      to={paths.devices.getHref(customerId, batch.id)}
      aria-label={
        count === undefined
          ? t('table.devicesLinkWithoutCount', { name: batch.id })
          : t('table.devicesLink', { count, formatted, name: batch.id })
      }
      onMouseEnter={prefetch}
      onFocus={prefetch}
    >
      {formatted ?? t('table.viewDevices')}
    </Anchor>
  );
}
