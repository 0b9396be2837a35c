import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPresentation, IconPresentationOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { LeavePresenterDialog } from './leave-presenter-dialog';
import { PresenterBadge } from './presenter-badge';

/** Starts presenter mode in one click; leaving asks first (see LeavePresenterDialog). */
export function PresenterModeControl() {
  const { t } = useTranslation();
  const { active, enter } = usePresenterMode();
  const [confirming, confirm] = useDisclosure(false);

  if (!active) {
    return (
      <Tooltip label={t('presenter.start')}>
        <ActionIcon variant="default" size="lg" aria-label={t('presenter.start')} onClick={enter}>
          <IconPresentation size={18} />
        </ActionIcon>
      </Tooltip>
    );
  }
  return (
    <>
      <Group gap={4} wrap="nowrap">
        <PresenterBadge />
        <Tooltip label={t('presenter.leave')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('presenter.leave')}
            onClick={confirm.open}
          >
            <IconPresentationOff size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <LeavePresenterDialog opened={confirming} onClose={confirm.close} />
    </>
  );
}
