import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

interface ProfileDevicesLinkProps {
  readonly customerId: string;
  readonly policyId: string;
  /** The profile as named on screen, for screen readers: every card has such a link. */
  readonly label: string;
  /** From the list (`devicesAssigned`); undefined when Partner Center did not give it. */
  readonly count: number | undefined;
}

/** "12 devices", leading to those devices across the customer's batches. */
export function ProfileDevicesLink({
  customerId,
  policyId,
  label,
  count,
}: ProfileDevicesLinkProps) {
  const { t, i18n } = useTranslation('profiles');
  const formatted = count === undefined ? '' : new Intl.NumberFormat(i18n.language).format(count);
  return (
    <Anchor
      component={Link}
      to={paths.profileDevices.getHref(customerId, policyId)}
      size="sm"
      aria-label={
        count === undefined
          ? t('profile.devicesWithoutCountLabel', { name: label })
          : t('profile.devicesLinkLabel', { count, formatted, name: label })
      }
    >
      {count === undefined
        ? t('profile.devicesWithoutCount')
        : t('profile.devicesLink', { count, formatted })}
    </Anchor>
  );
}
