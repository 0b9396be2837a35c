import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import print from '@/components/layout/print.module.css';
import { paths } from '@/config/paths';

/** Customers › this customer's Autopilot profiles › this profile's devices. Not printed. */
export function ProfileDevicesBreadcrumbs({
  customerId,
  current,
}: {
  readonly customerId: string;
  readonly current: string;
}) {
  const { t } = useTranslation('profiles');
  return (
    <nav aria-label={t('devices.breadcrumbLabel')} className={print.screenOnly}>
      <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
        <Anchor component={Link} to={paths.customers.getHref()} size="sm">
          {t('devices.breadcrumbCustomers')}
        </Anchor>
        <Anchor component={Link} to={paths.profiles.getHref(customerId)} size="sm">
          {t('devices.breadcrumbProfiles')}
        </Anchor>
        <Text size="sm" aria-current="page" lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
