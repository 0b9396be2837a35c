import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './customers.module.css';

interface ResultsStatusProps {
  /** How many customers are listed. */
  readonly count: number;
  /** The search they match; '' for the whole list. */
  readonly search: string;
  /** Partner Center has more pages. */
  readonly hasMore: boolean;
  /** A newer search is still loading; the list shows the previous one. */
  readonly pending: boolean;
}

/** Says honestly how many customers are loaded and whether there are more; read out on change. */
export function ResultsStatus({ count, search, hasMore, pending }: ResultsStatusProps) {
  const { t } = useTranslation('customers');
  let text: string;
  if (pending) text = t('list.searching', { search });
  else if (search === '') {
    text = hasMore ? t('list.someLoaded', { count }) : t('list.allLoaded', { count });
  } else {
    text = hasMore ? t('list.someMatch', { count, search }) : t('list.allMatch', { count, search });
  }
  return (
    <Text size="sm" className={classes.muted} role="status">
      {text}
    </Text>
  );
}
