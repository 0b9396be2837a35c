import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatExactTime, formatRelativeTime } from '@/lib/format/format-relative-time';
import { parsePartnerCenterDate } from '@/lib/partner-center/parse-partner-center-date';
import { usePrintMedia } from '@/lib/print/use-print-media';

interface RelativeDateProps {
  /** A date as Partner Center sends it (.NET-style ISO 8601, offset optional). */
  readonly value: string | undefined;
  /** "Now", for tests and for one consistent moment across a table. */
  readonly now?: Date;
}

/**
 * "3 days ago", with the exact date and time on hover or keyboard focus; printed, the exact date
 * and time, since paper keeps. A value that is not a date is shown as it came, so nothing is lost.
 */
export function RelativeDate({ value, now = new Date() }: RelativeDateProps) {
  const { t, i18n } = useTranslation();
  const printing = usePrintMedia();
  if (value === undefined) return null;
  const date = parsePartnerCenterDate(value);
  if (!date) return <Text span>{value}</Text>;
  const exact = formatExactTime(date, i18n.language);
  if (printing) {
    return (
      <Text span inherit component="time" dateTime={date.toISOString()}>
        {exact}
      </Text>
    );
  }
  return (
    <Tooltip
      label={t('time.exact', { time: exact })}
      withinPortal={false}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text
        span
        inherit
        tabIndex={0}
        aria-label={exact}
        component="time"
        dateTime={date.toISOString()}
      >
        {formatRelativeTime(date, now, i18n.language)}
      </Text>
    </Tooltip>
  );
}
