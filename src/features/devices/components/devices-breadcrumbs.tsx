import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import print from '@/components/layout/print.module.css';
import { paths } from '@/config/paths';

interface DevicesBreadcrumbsProps {
  readonly customerId: string;
  readonly batchId: string;
}

/**
 * Where this page sits: customers › this customer's device batches › this batch. Not printed: on
 * paper the customer header and the batch's name say where the devices come from.
 */
export function DevicesBreadcrumbs({ customerId, batchId }: DevicesBreadcrumbsProps) {
  const { t } = useTranslation('devices');
  return (
    <nav aria-label={t('breadcrumbs.label')} className={print.screenOnly}>
      <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }}>
        <Anchor component={Link} to={paths.customers.getHref()} size="sm">
          {t('breadcrumbs.customers')}
        </Anchor>
        <Anchor component={Link} to={paths.deviceBatches.getHref(customerId)} size="sm">
          {t('breadcrumbs.deviceBatches')}
        </Anchor>
        <Text size="sm" aria-current="page" lineClamp={1}>
          {batchId}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
