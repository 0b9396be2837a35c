import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../use-format-number';

interface CountMismatchProps {
  /** The batch's `devicesCount`. */
  readonly expected: number;
  /** The devices every page together held. */
  readonly loaded: number;
}

/** Partner Center's count and the devices it sent disagree: said plainly, not hidden. */
export function CountMismatch({ expected, loaded }: CountMismatchProps) {
  const { t } = useTranslation('devices');
  const formatNumber = useFormatNumber();
  return (
    <Alert
      variant="light"
      color="yellow"
      title={t('mismatch.title')}
      icon={<IconInfoCircle aria-hidden />}
    >
      {t('mismatch.body', { expected: formatNumber(expected), loaded: formatNumber(loaded) })}
    </Alert>
  );
}
