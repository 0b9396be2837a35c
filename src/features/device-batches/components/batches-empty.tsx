import { EmptyState } from '@mantine/core';
import { IconPackages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The customer has no batches at all: say so, and what a batch is. */
export function BatchesEmpty() {
  const { t } = useTranslation('deviceBatches');
  return (
    <EmptyState
      icon={<IconPackages aria-hidden />}
      withIndicatorBackground
      title={t('empty.title')}
      description={t('empty.description')}
    />
  );
}
