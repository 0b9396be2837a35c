import { Box, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format/format-date-time';
import { formatExactTime, formatRelativeTime } from '@/lib/format/format-relative-time';
import type { PartnerCenterDate } from '@/lib/partner-center/read-partner-center-date';
import { usePrintMedia } from '@/lib/print/use-print-media';
import { MissingValue } from './missing-value';
import classes from './data-display.module.css';

interface DateWithAgeProps {
  /** A date field as read by `readPartnerCenterDate`. */
  readonly date: PartnerCenterDate;
  /** "Now", for tests and for one consistent moment across a table. */
  readonly now: Date;
}

/**
 * A date in a table cell: the exact date and time ("Jul 25, 2017, 1:51 AM"), with how long ago
 * under it ("9 years ago"). Hovering shows the time to the second, and says so when Partner Center
 * gave no time zone and the time is read as UTC. Not focusable: the words on screen already say
 * everything a keyboard user needs, so a row keeps its Tab stops for what it can do. Printed, the
 * exact time alone. A date that is not given or not set says so in words; text that is no date is
 * shown as it came, so nothing is lost.
 */
export function DateWithAge({ date, now }: DateWithAgeProps) {
  const { t, i18n } = useTranslation();
  const printing = usePrintMedia();
  if (date.kind === 'not-given') return <MissingValue />;
  if (date.kind === 'not-set') return <MissingValue reason="not-set" />;
  if (date.kind === 'unreadable')
    return (
      <Text span inherit>
        {date.text}
      </Text>
    );

  const locale = i18n.language;
  const exact = formatExactTime(date.date, locale);
  const dateTime = date.date.toISOString();
  if (printing) {
    return (
      <Text span inherit component="time" dateTime={dateTime}>
        {exact}
      </Text>
    );
  }
  const exactLabel = t('time.exact', { time: exact });
  return (
    <Tooltip
      label={date.zoneGiven ? exactLabel : `${exactLabel} ${t('time.noTimeZone')}`}
      multiline
      maw="20rem"
      withinPortal={false}
    >
      <Box component="span" className={classes.dateWithAge}>
        <Text span inherit component="time" dateTime={dateTime}>
          {formatDateTime(date.date, locale)}
        </Text>
        <Text span className={`${classes.muted} ${classes.age}`}>
          {formatRelativeTime(date.date, now, locale)}
        </Text>
      </Box>
    </Tooltip>
  );
}
