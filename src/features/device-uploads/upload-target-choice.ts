import { checkNewBatchName, type BatchNameProblem } from './batch-name';
import type { UploadTarget } from './api/send-device-upload';

/** What the person chose on the page, before it is checked. */
export interface TargetChoice {
  readonly kind: 'new-batch' | 'existing-batch';
  readonly newName: string;
  readonly existingId: string | undefined;
}

export type TargetCheck =
  | { readonly ok: true; readonly target: UploadTarget }
  | { readonly ok: false; readonly nameProblem?: BatchNameProblem; readonly noExisting?: true };

/** The upload's target, or why it is not ready: a bad new name, or no existing batch chosen. */
export function checkTargetChoice(
  choice: TargetChoice,
  existingNames: readonly string[],
): TargetCheck {
  if (choice.kind === 'existing-batch') {
    return choice.existingId && existingNames.includes(choice.existingId)
      ? { ok: true, target: { kind: 'existing-batch', batchId: choice.existingId } }
      : { ok: false, noExisting: true };
  }
  const nameProblem = checkNewBatchName(choice.newName, existingNames);
  return nameProblem
    ? { ok: false, nameProblem }
    : { ok: true, target: { kind: 'new-batch', batchId: choice.newName.trim() } };
}
