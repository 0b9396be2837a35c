import { Badge } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconClockHour4,
  IconHelpCircle,
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

/** A batch's status as a badge: colour, icon and words together, never colour alone. */
export function BatchStatusBadge({ status }: { readonly status: string | null | undefined }) {
  const { t } = useTranslation();
  const presentation = presentBatchStatus(status);
  const Icon =
    presentation.kind === 'known'
      ? icons[presentation.status]
      : presentation.kind === 'unknown'
        ? IconHelpCircle
        : IconTag;
  const label =
    presentation.kind === 'known'
      ? t(`status.${presentation.status}`)
      : presentation.kind === 'unknown'
        ? t('status.unknown')
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
