import { ActionDialog } from '@/components/dialogs/action-dialog';
import { useTranslation } from 'react-i18next';
import type { Policy } from '@/lib/partner-center/policy-schema';
import type { DeleteOutcome } from '../api/delete-policy';
import { DeleteProfileContent } from './delete-profile-content';
import { useProfileLabel } from './use-profile-label';
import classes from './profiles.module.css';

interface DeleteProfileModalProps {
  readonly opened: boolean;
  /** Counts the openings: each one starts afresh. */
  readonly session: number;
  readonly customerId: string;
  readonly customerName: string;
  /** The profile to delete (kept while the dialog closes). */
  readonly policy: Policy | undefined;
  readonly onClose: () => void;
  readonly onDeleted: (policy: Policy, outcome: DeleteOutcome) => void;
}

/**
 * The one confirmation before a profile is deleted. Cancel is focused first, so Enter never
 * deletes by accident. Focus is not returned to the Delete button when the profile is gone: the
 * page moves it to the words that say so.
 */
export function DeleteProfileModal({
  opened,
  session,
  customerId,
  customerName,
  policy,
  onClose,
  onDeleted,
}: DeleteProfileModalProps) {
  const { t } = useTranslation('profiles');
  const label = useProfileLabel();
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={policy ? t('delete.title', { name: label(policy) }) : ''}
      size="lg"
      classNames={{ title: classes.wrap }}
    >
      {policy && (
        <DeleteProfileContent
          key={session}
          customerId={customerId}
          customerName={customerName}
          policy={policy}
          onClose={onClose}
          onDeleted={onDeleted}
        />
      )}
    </ActionDialog>
  );
}
