import { Button, Group, Text } from '@mantine/core';
import { ActionDialog } from '@/components/dialogs/action-dialog';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { presenterUrlParam } from '@/lib/presenter/presenter-mode-store';

interface LeavePresenterDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
}

/**
 * Asks before leaving presenter mode, so it cannot happen by accident while the screen is shared.
 * Leaving also drops the URL form, so a reload does not switch it back on.
 */
export function LeavePresenterDialog({ opened, onClose }: LeavePresenterDialogProps) {
  const { t } = useTranslation();
  const { leave } = usePresenterMode();
  const [, setSearchParams] = useSearchParams();
  const leaveNow = () => {
    onClose();
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
    <ActionDialog opened={opened} onClose={onClose} title={t('presenter.confirmTitle')}>
      <Text size="sm" mb="lg">
        {t('presenter.confirmBody')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('presenter.stay')}
        </Button>
        <Button color="grape" onClick={leaveNow}>
          {t('presenter.confirmLeave')}
        </Button>
      </Group>
    </ActionDialog>
  );
}
