import { Badge } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconClockHour4,
  IconLoader2,
  IconTag,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { presentBatchStatus, type KnownBatchStatus } from '@/lib/partner-center/batch-status';

const icons: Record<KnownBatchStatus, typeof IconClockHour4> = {
  queued: IconClockHour4,
  processing: IconLoader2,
  finished: IconCircleCheck,
  finished_with_errors: IconAlertTriangle,
};

/**
 * A batch's status as a badge: colour, icon and words together, never colour alone, and never a
 * raw token. A status the dashboard has no words for is worded from its value, in the neutral badge.
 */
export function BatchStatusBadge({ status }: { readonly status: string | null | undefined }) {
  const { t } = useTranslation();
  const presentation = presentBatchStatus(status);
  const Icon =
    presentation.kind === 'known'
      ? icons[presentation.status]
      : presentation.kind === 'missing'
        ? IconCircleDashed
        : IconTag;
  const label =
    presentation.kind === 'known' || presentation.kind === 'named'
      ? t(`status.${presentation.status}`)
      : presentation.kind === 'missing'
        ? t('status.none')
        : presentation.text;
  return (
    <Badge
      variant="light"
      // The tint carries the colour; the words stay at full text contrast in both colour schemes.
      c="bright"
      color={presentation.colour}
      leftSection={<Icon size={14} aria-hidden />}
      tt="none"
    >
      {label}
    </Badge>
  );
}
