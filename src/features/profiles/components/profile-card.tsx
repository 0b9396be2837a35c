import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateWithAge } from '@/components/data-display/date-with-age';
import print from '@/components/layout/print.module.css';
import type { Policy } from '@/lib/partner-center/policy-schema';
import { readPartnerCenterDate } from '@/lib/partner-center/read-partner-center-date';
import { ProfileDevicesLink } from './profile-devices-link';
import { ProfileSettingsList } from './profile-settings-list';
import { useProfileLabel } from './use-profile-label';
import { useShownText } from './use-shown-text';
import classes from './profiles.module.css';

interface ProfileCardProps {
  readonly customerId: string;
  readonly policy: Policy;
  readonly now: Date;
  /** Edit and delete are offered (an Admin agent, or a role not known before trying). */
  readonly canChange: boolean;
  readonly onEdit: (policy: Policy) => void;
  readonly onDelete: (policy: Policy) => void;
}

/**
 * One profile: its name and description as text (never markup), its settings in words, the devices
 * that use it, when it last changed, and the ways to change it. The buttons' names carry the
 * profile's, so a screen reader's list of buttons tells them apart.
 */
export function ProfileCard({
  customerId,
  policy,
  now,
  canChange,
  onEdit,
  onDelete,
}: ProfileCardProps) {
  const { t } = useTranslation('profiles');
  const label = useProfileLabel()(policy);
  const shown = useShownText();
  const description = policy.description?.trim();
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} miw={0} flex="1 1 14rem">
            <Title order={3} size="h4" className={classes.wrap}>
              {label}
            </Title>
            {description && (
              <Text size="sm" className={`${classes.wrap} ${classes.muted}`}>
                {shown(description)}
              </Text>
            )}
          </Stack>
          {canChange && (
            <Group gap="xs" className={`${classes.actions} ${print.screenOnly}`}>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPencil size={14} aria-hidden />}
                aria-label={t('actions.editLabel', { name: label })}
                onClick={() => {
                  onEdit(policy);
                }}
              >
                {t('actions.edit')}
              </Button>
              <Button
                variant="default"
                color="red"
                size="xs"
                leftSection={<IconTrash size={14} aria-hidden />}
                aria-label={t('actions.deleteLabel', { name: label })}
                onClick={() => {
                  onDelete(policy);
                }}
              >
                {t('actions.delete')}
              </Button>
            </Group>
          )}
        </Group>
        <dl className={classes.facts}>
          <dt>{t('profile.settings')}</dt>
          <dd>
            <ProfileSettingsList settings={policy.policySettings ?? []} />
          </dd>
          <dt>{t('profile.devices')}</dt>
          <dd>
            <ProfileDevicesLink
              customerId={customerId}
              policyId={policy.id}
              label={label}
              count={policy.devicesAssigned}
            />
          </dd>
          <dt>{t('profile.lastChanged')}</dt>
          <dd>
            <DateWithAge date={readPartnerCenterDate(policy.lastModifiedDate)} now={now} />
          </dd>
        </dl>
      </Stack>
    </Paper>
  );
}
