import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** The way out of a devices page that cannot show its batch: back to the customer's batches. */
export function BackToBatchesButton({ customerId }: { readonly customerId: string }) {
  const { t } = useTranslation('devices');
  return (
    <Button
      component={Link}
      to={paths.deviceBatches.getHref(customerId)}
      size="xs"
      variant="default"
      leftSection={<IconArrowLeft size={14} aria-hidden />}
    >
      {t('notFound.backToBatches')}
    </Button>
  );
}
