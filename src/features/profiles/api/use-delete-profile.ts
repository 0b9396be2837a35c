import { useMutation, useQueryClient } from '@tanstack/react-query';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';
import { useApiClient } from '@/lib/api-client/api-client-context';
import { deletePolicy, type DeleteOutcome } from './delete-policy';
import { applyPolicyChange, withoutPolicy } from './policies-cache';

/**
 * Deletes a profile (a DELETE, which the client may resend; a 404 counts as gone). The profile
 * leaves the cached list at once, and devices' cached profile names are marked stale.
 */
export function useDeleteProfile(customerId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policyId: string): Promise<DeleteOutcome> =>
      deletePolicy(client, customerId, policyId),
    onSuccess: (_outcome, policyId) => {
      void applyPolicyChange(queryClient, customerId, withoutPolicy(policyId), {
        profileNamesChanged: true,
      });
    },
    // Refused because the profile is gone or in use: the list is out of date, so ask again.
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: partnerCenterKeys.policies(customerId) });
    },
  });
}
