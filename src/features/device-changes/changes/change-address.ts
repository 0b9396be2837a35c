import { paths } from '@/config/paths';

/** What a device change's tracker address says: which kind of change, to which batch. */
export type ChangeAddress =
  | {
      readonly kind: 'assign';
      readonly batchId: string | undefined;
      readonly policyId: string | undefined;
      /** Every accepted request's tracking id, the change's id first. */
      readonly trackingIds: readonly string[];
    }
  | { readonly kind: 'deregister'; readonly batchId: string | undefined }
  | { readonly kind: 'unknown'; readonly batchId: string | undefined };

/**
 * The tracker of a profile assignment: `/customers/{id}/device-changes/{first tracking id}` with
 * `kind=assign`, the batch, the profile id and the later tracking ids (`also`), like an upload's
 * tracker: a bookmark opened in any browser follows the whole change.
 */
export function assignmentHref(
  customerId: string,
  change: {
    readonly batchId: string;
    readonly policyId: string;
    readonly trackingIds: readonly [string, ...string[]];
  },
): string {
  const [changeId, ...later] = change.trackingIds;
  const search = new URLSearchParams({
    kind: 'assign',
    batch: change.batchId,
    profile: change.policyId,
  });
  for (const trackingId of later) search.append('also', trackingId);
  return paths.deviceChange.getHref(customerId, changeId, search);
}

/**
 * The tracker of a deregistration: its id (a GUID this browser chose) and the batch. The devices
 * and their outcomes are kept in the browser that started it: DELETE has no job to poll.
 */
export function deregistrationHref(
  customerId: string,
  change: { readonly changeId: string; readonly batchId: string },
): string {
  const search = new URLSearchParams({ kind: 'deregister', batch: change.batchId });
  return paths.deviceChange.getHref(customerId, change.changeId, search);
}

/** Reads a tracker's address; an unknown or missing `kind` is said as such, never guessed. */
export function readChangeAddress(changeId: string, search: URLSearchParams): ChangeAddress {
  const batchId = search.get('batch') ?? undefined;
  switch (search.get('kind')) {
    case 'assign':
      return {
        kind: 'assign',
        batchId,
        policyId: search.get('profile') ?? undefined,
        trackingIds: [changeId, ...search.getAll('also').filter((id) => id !== '')],
      };
    case 'deregister':
      return { kind: 'deregister', batchId };
    default:
      return { kind: 'unknown', batchId };
  }
}
