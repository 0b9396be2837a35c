import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { assignmentHref } from '../changes/change-address';
import type { AssignmentStop } from '../changes/use-assign-profile';
import { useProfileName } from './profile-choice';
import { useFormatNumber } from './use-format-number';
import wrappingButton from './wrapping-button.module.css';

interface AssignStoppedProps {
  readonly customerId: string;
  readonly batchId: string;
  readonly stop: AssignmentStop;
  /** Tracking ids of the requests accepted so far (this one's earlier ones, and earlier sends). */
  readonly acceptedTrackingIds: readonly string[];
  readonly onSendAgain: () => void;
  readonly onChooseAnother: () => void;
  /** Closes the dialog and loads the batch's devices again, to read their profiles. */
  readonly onCheckDevices: () => void;
  readonly onClose: () => void;
}

/**
 * A PATCH of the assignment failed, so the rest was not sent. Says which and what it means:
 * - 429: refused before it was handled, nothing changed by it: send again;
 * - a 500 or no answer: the outcome is unknown, so it is never sent again from here: check the
 *   devices' profile column first;
 * - 404: the profile was deleted meanwhile: choose another for the devices left;
 * - 403: the Admin agent role is needed; anything else: refused, with Partner Center's words.
 * Also what was accepted before it (with its tracker) and how many devices were never sent.
 */
export function AssignStopped({
  customerId,
  batchId,
  stop,
  acceptedTrackingIds,
  onSendAgain,
  onChooseAnother,
  onCheckDevices,
  onClose,
}: AssignStoppedProps) {
  const { t } = useTranslation('deviceChanges');
  const formatNumber = useFormatNumber();
  const profileName = useProfileName();
  const { failed, accepted, notSentDeviceIds } = stop.result;
  const which = { request: failed.index + 1, total: stop.requestCount };
  const acceptedCount = accepted.reduce((sum, request) => sum + request.deviceIds.length, 0);
  const throttled = failed.error.kind === 'http' && failed.error.status === 429;
  const forbidden = failed.error.kind === 'http' && failed.error.status === 403;
  const remaining = stop.remaining.length;
  const [firstTrackingId, ...laterTrackingIds] = acceptedTrackingIds;

  let title: string;
  let description: string;
  if (failed.outcomeUnknown) {
    title = t('assign.outcomeUnknownTitle');
    description = t('assign.outcomeUnknownBody', which);
  } else if (failed.profileGone) {
    title = t('assign.profileGoneTitle');
    description = t('assign.profileGoneBody', { ...which, profile: profileName(stop.policy) });
  } else if (throttled) {
    title = t('assign.throttledTitle');
    description = t('assign.throttledBody', which);
  } else if (forbidden) {
    title = t('role.refusedTitle');
    description = t('role.refusedBody');
  } else {
    title = t('assign.refusedTitle');
    description = t('assign.refusedBody', which);
  }

  return (
    <ApiErrorPanel
      error={failed.error}
      title={title}
      description={
        <Stack gap={4}>
          <Text size="sm">{description}</Text>
          {acceptedCount > 0 && (
            <Text size="sm">
              {t('assign.acceptedBefore', {
                count: acceptedCount,
                formatted: formatNumber(acceptedCount),
              })}
            </Text>
          )}
          {notSentDeviceIds.length > 0 && (
            <Text size="sm">
              {t('assign.notSent', {
                count: notSentDeviceIds.length,
                formatted: formatNumber(notSentDeviceIds.length),
              })}
            </Text>
          )}
        </Stack>
      }
      actions={
        <Group gap="sm">
          {throttled && (
            <Button classNames={wrappingButton} onClick={onSendAgain}>
              {t('assign.sendAgain', { count: remaining, formatted: formatNumber(remaining) })}
            </Button>
          )}
          {!failed.outcomeUnknown && !throttled && !forbidden && (
            <Button onClick={onChooseAnother}>{t('assign.chooseAnother')}</Button>
          )}
          {firstTrackingId !== undefined && (
            <Button
              classNames={wrappingButton}
              variant="default"
              component={Link}
              to={assignmentHref(customerId, {
                batchId,
                policyId: stop.policy.id,
                trackingIds: [firstTrackingId, ...laterTrackingIds],
              })}
            >
              {t('assign.followAccepted')}
            </Button>
          )}
          {failed.outcomeUnknown && (
            <Button classNames={wrappingButton} variant="default" onClick={onCheckDevices}>
              {t('assign.checkDevices')}
            </Button>
          )}
          <Button variant="default" onClick={onClose}>
            {t('assign.close')}
          </Button>
        </Group>
      }
    />
  );
}
