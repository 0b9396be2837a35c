import { Button, Group, List, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { paths } from '@/config/paths';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import type { Policy } from '@/lib/partner-center/policy-schema';
import type { DeleteOutcome } from '../api/delete-policy';
import { useDeleteProfile } from '../api/use-delete-profile';
import { useProfileLabel } from './use-profile-label';
import classes from './profiles.module.css';

interface DeleteProfileContentProps {
  readonly customerId: string;
  readonly customerName: string;
  readonly policy: Policy;
  readonly onClose: () => void;
  readonly onDeleted: (policy: Policy, outcome: DeleteOutcome) => void;
}

/**
 * What the delete dialog says and offers:
 * - the list says devices use the profile: that it cannot be deleted until they have another
 *   one, and the way to those devices; nothing is sent;
 * - otherwise the confirmation, naming the profile and the customer, saying it cannot be undone;
 * - Partner Center refused with 409 (devices use it after all): its own explanation, and the way
 *   to those devices;
 * - 403: the Admin agent role is missing; any other failure: the ids and a retry (a DELETE may be
 *   sent again).
 */
export function DeleteProfileContent({
  customerId,
  customerName,
  policy,
  onClose,
  onDeleted,
}: DeleteProfileContentProps) {
  const { t, i18n } = useTranslation('profiles');
  const name = useProfileLabel()(policy);
  const remove = useDeleteProfile(customerId);
  // A second press while the first request is on its way must not send another.
  const sending = useRef(false);
  const count = policy.devicesAssigned;
  const formatted = new Intl.NumberFormat(i18n.language).format(count ?? 0);
  const devicesHref = paths.profileDevices.getHref(customerId, policy.id);
  const status = isPartnerCenterError(remove.error, 'http') ? remove.error.status : undefined;

  const send = () => {
    if (sending.current) return;
    sending.current = true;
    remove.mutate(policy.id, {
      onSuccess: (outcome) => {
        onDeleted(policy, outcome);
      },
      onSettled: () => {
        sending.current = false;
      },
    });
  };
  const closeButton = (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose} data-autofocus>
        {t('delete.close')}
      </Button>
    </Group>
  );

  if (count !== undefined && count > 0 && remove.isIdle) {
    return (
      <Stack gap="md">
        <Text className={classes.wrap}>{t('delete.inUse', { count, formatted, name })}</Text>
        <Group>
          <Button component={Link} to={devicesHref} variant="light">
            {t('delete.showDevices', { count, formatted })}
          </Button>
        </Group>
        {closeButton}
      </Stack>
    );
  }

  if (status === 409 && isPartnerCenterError(remove.error)) {
    const description = remove.error.description;
    return (
      <Stack gap="md">
        <ApiErrorPanel
          error={remove.error}
          title={t('delete.refusedTitle', { name })}
          description={
            <Stack gap={4}>
              <Text size="sm">{t('delete.refusedBody')}</Text>
              {description && (
                <Text size="sm" className={classes.wrap}>
                  {t('delete.apiSays', { description })}
                </Text>
              )}
            </Stack>
          }
          actions={
            <Button component={Link} to={devicesHref} variant="default">
              {t('delete.showDevicesAfterRefusal')}
            </Button>
          }
        />
        {closeButton}
      </Stack>
    );
  }

  if (status === 403) {
    return (
      <Stack gap="md">
        <ApiErrorPanel
          error={remove.error}
          title={t('role.refusedTitle')}
          description={t('role.refusedBody')}
        />
        {closeButton}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text fw={600} className={classes.wrap}>
        {t('delete.body', { name, customer: customerName })}
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>
          {count === undefined ? t('delete.countNotGiven') : t('delete.unused')}
        </List.Item>
        <List.Item>{t('delete.cannotUndo')}</List.Item>
      </List>
      {remove.isError && (
        <ApiErrorPanel error={remove.error} title={t('delete.failedTitle')} onRetry={send} />
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={remove.isPending} data-autofocus>
          {t('delete.cancel')}
        </Button>
        <Button
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          loading={remove.isPending}
          onClick={send}
        >
          {t('delete.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
