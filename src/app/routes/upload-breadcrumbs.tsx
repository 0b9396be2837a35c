import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** Customers › this customer's device batches › the upload page (register, or an upload's tracker). */
export function UploadBreadcrumbs({
  customerId,
  current,
}: {
  readonly customerId: string;
  readonly current: string;
}) {
  const { t } = useTranslation('devices');
  return (
    <nav aria-label={t('breadcrumbs.label')}>
      <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
        <Anchor component={Link} to={paths.customers.getHref()} size="sm">
          {t('breadcrumbs.customers')}
        </Anchor>
        <Anchor component={Link} to={paths.deviceBatches.getHref(customerId)} size="sm">
          {t('breadcrumbs.deviceBatches')}
        </Anchor>
        <Text size="sm" aria-current="page" lineClamp={1}>
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
