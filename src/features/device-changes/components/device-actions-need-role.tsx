import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import print from '@/components/layout/print.module.css';

/**
 * For an account known not to be an Admin agent (a Sales agent), instead of the device actions:
 * why none is offered, before anyone tries, as the upload page explains the role.
 */
export function DeviceActionsNeedRole() {
  const { t } = useTranslation('deviceChanges');
  return (
    <Text size="sm" c="dimmed" className={print.screenOnly}>
      {t('role.needsAdminAgent')}
    </Text>
  );
}
