import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-client/api-client-context';
import type { ProfileFields } from '../profile-fields';
import { createPolicy } from './create-policy';
import { applyPolicyChange, withPolicy } from './policies-cache';

/**
 * Creates a profile (one POST, never resent: see createPolicy). On success the new profile joins
 * the cached list at once. Failures reach the app's one MutationCache error path, and the dialog.
 */
export function useCreateProfile(customerId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: ProfileFields) => createPolicy(client, customerId, fields),
    // Not awaited: the dialog closes at once, and the list refreshes behind it.
    onSuccess: (created) => {
      void applyPolicyChange(queryClient, customerId, withPolicy(created), {
        profileNamesChanged: false,
      });
    },
  });
}
