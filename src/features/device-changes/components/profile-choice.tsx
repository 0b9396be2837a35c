import { Anchor, Radio, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { LoadingStatus } from '@/components/status/loading-status';
import { paths } from '@/config/paths';
import type { Policy } from '@/lib/partner-center/policy-schema';
import type { ProfilesState } from '../profiles-state';
import { useFormatNumber } from './use-format-number';

interface ProfileChoiceProps {
  readonly customerId: string;
  readonly profiles: ProfilesState;
  readonly chosen: string | null;
  readonly onChoose: (policyId: string) => void;
  readonly deviceCount: number;
}

/** The name a profile is shown by: its own, or, without one, its id. */
export function useProfileName(): (policy: Pick<Policy, 'id' | 'name'>) => string {
  const { t } = useTranslation('deviceChanges');
  return (policy) => policy.name?.trim() || t('assign.unnamed', { id: policy.id });
}

/**
 * The customer's profiles to choose from, by name, each with its description and how many devices
 * use it; names and descriptions as text, whatever markup they hold. While they load, why they
 * could not be loaded (with a retry), or that there are none, with the way to the profiles page.
 */
export function ProfileChoice({
  customerId,
  profiles,
  chosen,
  onChoose,
  deviceCount,
}: ProfileChoiceProps) {
  const { t, i18n } = useTranslation('deviceChanges');
  const formatNumber = useFormatNumber();
  const profileName = useProfileName();
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' });
    return [...(profiles.profiles ?? [])].sort((a, b) =>
      collator.compare(a.name ?? a.id, b.name ?? b.id),
    );
  }, [profiles.profiles, i18n.language]);

  if (profiles.profiles === undefined) {
    return profiles.error ? (
      <ApiErrorPanel
        error={profiles.error}
        title={t('assign.profilesFailed')}
        onRetry={profiles.retry}
      />
    ) : (
      <LoadingStatus label={t('assign.loadingProfiles')} />
    );
  }
  const manage = (
    <Anchor component={Link} to={paths.profiles.getHref(customerId)} size="sm">
      {t('assign.manageProfiles')}
    </Anchor>
  );
  if (sorted.length === 0) {
    return (
      <Stack gap="xs">
        <Text size="sm">{t('assign.noProfiles')}</Text>
        <div>{manage}</div>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Radio.Group
        value={chosen}
        onChange={onChoose}
        label={t('assign.chooseLegend')}
        description={t('assign.chooseIntro', {
          count: deviceCount,
          formatted: formatNumber(deviceCount),
        })}
      >
        <Stack gap="sm" mt="xs">
          {sorted.map((policy) => (
            <Radio
              key={policy.id}
              value={policy.id}
              label={<span style={{ overflowWrap: 'anywhere' }}>{profileName(policy)}</span>}
              description={
                <span style={{ overflowWrap: 'anywhere' }}>
                  {policy.description?.trim() || t('assign.noDescription')}
                  {policy.devicesAssigned !== undefined &&
                    ` · ${t('assign.devicesUsing', {
                      count: policy.devicesAssigned,
                      formatted: formatNumber(policy.devicesAssigned),
                    })}`}
                </span>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
      <div>{manage}</div>
    </Stack>
  );
}
