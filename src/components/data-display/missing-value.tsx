import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './data-display.module.css';

interface MissingValueProps {
  /**
   * `not-given`: Partner Center sent nothing readable (absent, null or of the wrong type);
   * `not-set`: it sent .NET's default date, its way of saying "no date yet".
   */
  readonly reason?: 'not-given' | 'not-set';
}

/** A value Partner Center did not give, in words rather than a blank, a dash or "null". */
export function MissingValue({ reason = 'not-given' }: MissingValueProps) {
  const { t } = useTranslation();
  return (
    <Text span inherit className={classes.muted}>
      {reason === 'not-set' ? t('value.notSet') : t('value.notGiven')}
    </Text>
  );
}
