import { EmptyState } from '@mantine/core';
import { IconFilterOff, IconPackages } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// Mantine dims the description to a grey below WCAG AA contrast; these words matter, so use text colour.
const readable = { description: { color: 'var(--mantine-color-text)' } };

function Empty({
  icon,
  title,
  description,
}: {
  icon: ReactNode;
  title: string;
  description: string;
}) {
  return (
    <EmptyState
      icon={icon}
      withIndicatorBackground
      title={title}
      description={description}
      styles={readable}
    />
  );
}

/** The customer has no batches at all: say so, and what a batch is. */
export function BatchesEmpty() {
  const { t } = useTranslation('deviceBatches');
  return (
    <Empty
      icon={<IconPackages aria-hidden />}
      title={t('empty.title')}
      description={t('empty.description')}
    />
  );
}

/** The search and status filter leave nothing; the toolbar above offers "Show all batches". */
export function NoBatchesMatch() {
  const { t } = useTranslation('deviceBatches');
  return (
    <Empty
      icon={<IconFilterOff aria-hidden />}
      title={t('noMatches.title')}
      description={t('noMatches.description')}
    />
  );
}
