import type { QueryClient } from '@tanstack/react-query';
import type { Policy, PolicyCollection } from '@/lib/partner-center/policy-schema';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';

type Change = (items: readonly Policy[]) => Policy[];

/**
 * Writes a change the API confirmed into the cached list at once, so the page shows it (and a
 * deleted profile's buttons go) before the list is fetched again, then marks the list stale.
 * Devices name their profile, so every batch's cached devices are marked stale too (not the batch
 * list, whose counts do not change): a renamed profile shows its new name on a devices page
 * opened next. Only queries on screen are fetched again; none of a batch's devices are.
 */
export async function applyPolicyChange(
  queryClient: QueryClient,
  customerId: string,
  change: Change,
  { profileNamesChanged }: { readonly profileNamesChanged: boolean },
): Promise<void> {
  const key = partnerCenterKeys.policies(customerId);
  queryClient.setQueryData<PolicyCollection>(key, (list) => {
    if (!list) return list;
    const items = change(list.items);
    return { ...list, items, totalCount: items.length };
  });
  const refreshes = [queryClient.invalidateQueries({ queryKey: key })];
  if (profileNamesChanged) {
    const batchesKey = partnerCenterKeys.deviceBatches(customerId);
    refreshes.push(
      queryClient.invalidateQueries({
        queryKey: batchesKey,
        predicate: (query) => query.queryKey.length > batchesKey.length,
      }),
    );
  }
  await Promise.all(refreshes);
}

export const withPolicy =
  (policy: Policy): Change =>
  (items) => [...items.filter((item) => item.id !== policy.id), policy];

export const withoutPolicy =
  (policyId: string): Change =>
  (items) =>
    items.filter((item) => item.id !== policyId);
