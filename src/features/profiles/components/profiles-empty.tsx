import { EmptyState } from '@mantine/core';
import { IconSettingsOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

// Mantine dims the description to a grey below WCAG AA contrast; these words matter, so use text colour.
const readable = { description: { color: 'var(--mantine-color-text)' } };

/** The customer has no profiles at all: say so, and what that means for its devices. */
export function ProfilesEmpty() {
  const { t } = useTranslation('profiles');
  return (
    <EmptyState
      icon={<IconSettingsOff aria-hidden />}
      withIndicatorBackground
      title={t('empty.title')}
      description={t('empty.description')}
      styles={readable}
    />
  );
}
