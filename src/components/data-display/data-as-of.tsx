import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import print from '@/components/layout/print.module.css';
import { formatExactTime } from '@/lib/format/format-relative-time';

interface DataAsOfProps {
  /** When the data was fetched (TanStack Query's `dataUpdatedAt`); 0 while nothing has been. */
  readonly updatedAt: number;
  /** The sentence around the moment, from the page's own catalogue, e.g. "Data as of {{time}}". */
  readonly label: (time: string) => string;
}

/**
 * The exact moment the data on a printout was fetched, in the reader's language and time zone.
 * Printed only: on screen, pages say how fresh their data is in their own way ("Updated 2 min ago").
 */
export function DataAsOf({ updatedAt, label }: DataAsOfProps) {
  const { i18n } = useTranslation();
  if (updatedAt === 0) return null;
  const date = new Date(updatedAt);
  return (
    <Text size="sm" className={print.printOnly}>
      {label(formatExactTime(date, i18n.language))}
    </Text>
  );
}
