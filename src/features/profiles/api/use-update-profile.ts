import { useMutation, useQueryClient } from '@tanstack/react-query';
import { partnerCenterKeys } from '@/lib/partner-center/query-keys';
import { useApiClient } from '@/lib/api-client/api-client-context';
import type { Policy } from '@/lib/partner-center/policy-schema';
import { toSentFields, type ProfileFields } from '../profile-fields';
import { applyPolicyChange, withPolicy } from './policies-cache';
import { updatePolicy } from './update-policy';

export interface UpdateProfileVariables {
  readonly policy: Policy;
  readonly fields: ProfileFields;
}

/**
 * Saves a profile's name, description and settings (a PUT, which the client may resend). The
 * saved profile replaces the cached one at once; devices' cached profile names are marked stale.
 */
export function useUpdateProfile(customerId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ policy, fields }: UpdateProfileVariables): Promise<Policy> => {
      const saved = await updatePolicy(client, customerId, policy.id, fields);
      // A 200 without a body: what was sent is what was saved.
      if (saved) return saved;
      const sent = toSentFields(fields);
      return { ...policy, ...sent, policySettings: [...sent.policySettings] };
    },
    onSuccess: (saved) => {
      void applyPolicyChange(queryClient, customerId, withPolicy(saved), {
        profileNamesChanged: true,
      });
    },
    // Refused because the profile is gone or in use: the list is out of date, so ask again.
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: partnerCenterKeys.policies(customerId) });
    },
  });
}
