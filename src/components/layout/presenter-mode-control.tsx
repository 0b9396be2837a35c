import { ActionIcon, Badge, Button, Group, Modal, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPresentation, IconPresentationOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { presenterUrlParam } from '@/lib/presenter/presenter-mode-store';

/**
 * Starts presenter mode in one click; leaving asks first, so it cannot happen by accident while the
 * screen is shared. Leaving also drops the URL form, so a reload does not switch it back on.
 */
export function PresenterModeControl() {
  const { t } = useTranslation();
  const { active, enter, leave } = usePresenterMode();
  const [confirming, confirm] = useDisclosure(false);
  const [, setSearchParams] = useSearchParams();

  if (!active) {
    return (
      <Tooltip label={t('presenter.start')}>
        <ActionIcon variant="default" size="lg" aria-label={t('presenter.start')} onClick={enter}>
          <IconPresentation size={18} />
        </ActionIcon>
      </Tooltip>
    );
  }
  const leaveNow = () => {
    confirm.close();
    leave();
    setSearchParams(
      (params) => {
        params.delete(presenterUrlParam);
        return params;
      },
      { replace: true },
    );
  };
  return (
    <>
      <Group gap={4} wrap="nowrap">
        <Badge variant="dot" color="grape" tt="none">
          {t('presenter.badge')}
        </Badge>
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
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title={t('presenter.confirmTitle')}
        centered
        // "Stay" is the way out that keeps the mode, so no unnamed close icon; a dialog's header
        // is not the page's banner landmark.
        withCloseButton={false}
        attributes={{ header: { role: 'none' } }}
      >
        <Text size="sm" mb="lg">
          {t('presenter.confirmBody')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={confirm.close} data-autofocus>
            {t('presenter.stay')}
          </Button>
          <Button color="grape" onClick={leaveNow}>
            {t('presenter.confirmLeave')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
