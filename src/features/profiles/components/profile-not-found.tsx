import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/errors/error-panel';
import { paths } from '@/config/paths';

/** A profile id the customer's list does not hold (deleted, or a mistyped link): says so, and leads back. */
export function ProfileNotFound({
  customerId,
  policyId,
}: {
  readonly customerId: string;
  readonly policyId: string;
}) {
  const { t } = useTranslation('profiles');
  return (
    <ErrorPanel
      title={t('devices.notFoundTitle')}
      description={t('devices.notFoundBody', { policyId })}
      actions={
        <Button
          component={Link}
          to={paths.profiles.getHref(customerId)}
          variant="default"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {t('devices.backToProfiles')}
        </Button>
      }
    />
  );
}
