import { Button, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import print from '@/components/layout/print.module.css';
import { paths } from '@/config/paths';
import type { PartnerRole } from '@/lib/auth/partner-role';

interface RegisterDevicesButtonProps {
  readonly customerId: string;
  readonly role: PartnerRole;
  /** Add to this batch (the devices page) rather than choose on the upload page. */
  readonly batchId?: string;
}

/**
 * The way to the upload page. For an account known not to be an Admin agent it is disabled, with
 * the reason beside it, before anyone tries.
 */
export function RegisterDevicesButton({ customerId, role, batchId }: RegisterDevicesButtonProps) {
  const { t } = useTranslation('deviceUploads');
  const label = batchId ? t('entry.addDevices') : t('entry.registerDevices');
  const icon = <IconUpload size={16} aria-hidden />;
  if (role === 'not-admin-agent') {
    return (
      <Stack gap={2} align="flex-start" className={print.screenOnly}>
        <Button
          variant="light"
          leftSection={icon}
          disabled
          aria-describedby="register-devices-needs-role"
        >
          {label}
        </Button>
        <Text size="xs" c="dimmed" id="register-devices-needs-role">
          {t('entry.needsAdminAgent')}
        </Text>
      </Stack>
    );
  }
  const search = batchId ? new URLSearchParams({ batch: batchId }) : undefined;
  return (
    <Button
      component={Link}
      to={paths.registerDevices.getHref(customerId, search)}
      variant="light"
      leftSection={icon}
      className={print.screenOnly}
    >
      {label}
    </Button>
  );
}
