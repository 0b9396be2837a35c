import { Alert, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PartnerRole } from '@/lib/auth/partner-role';
import classes from './profiles.module.css';

/**
 * Why the page offers no way to change profiles (an account known not to be an Admin agent), or
 * that Partner Center will check the role on saving (the role is not known before trying). Said
 * before anyone tries, as the upload page does. An Admin agent needs no note.
 */
export function ProfileRoleNote({ role }: { readonly role: PartnerRole }) {
  const { t } = useTranslation('profiles');
  if (role === 'not-admin-agent') {
    return (
      <Alert
        color="blue"
        variant="light"
        icon={<IconLock aria-hidden />}
        title={t('role.notAdminTitle')}
      >
        <Text size="sm">{t('role.notAdminBody')}</Text>
      </Alert>
    );
  }
  if (role === 'unknown') {
    return (
      <Text size="sm" className={classes.muted}>
        {t('role.unknownNote')}
      </Text>
    );
  }
  return null;
}
