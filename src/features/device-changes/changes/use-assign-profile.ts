import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useApiClient } from '@/lib/api-client/api-client-context';
import type { Policy } from '@/lib/partner-center/policy-schema';
import { splitIntoRequests } from '@/lib/partner-center/split-into-requests';
import { browserStore, type KeyValueStore } from '@/lib/storage/browser-store';
import { sendPolicyUpdate, type PolicyUpdateResult } from '../api/send-policy-update';
import type { ChangeableDevice } from '../changeable-device';
import { rememberChange } from './remembered-changes';

export interface AssignVariables {
  readonly policy: Policy;
  readonly devices: readonly ChangeableDevice[];
}

/** An assignment that stopped at a failed request: what failed, and which devices are left. */
export interface AssignmentStop {
  readonly result: Extract<PolicyUpdateResult, { kind: 'stopped' }>;
  readonly requestCount: number;
  readonly policy: Policy;
  /** The devices of the failed request and of those after it: not (knowingly) changed. */
  readonly remaining: readonly ChangeableDevice[];
}

interface UseAssignProfileOptions {
  readonly customerId: string;
  readonly batchId: string;
  /** The signed-in account, whose browser store keeps the change. */
  readonly accountId: string | undefined;
  readonly store?: KeyValueStore;
}

/**
 * Gives devices a profile: each PATCH sent once (see sendPolicyUpdate), the change remembered as
 * each request is accepted, before the next is sent. A stop throws the failed request's error, so
 * the app's one MutationCache error path logs it once with its ids, and `stop` says the rest.
 * Sending again (after a 429) adds to the tracking ids accepted so far; choosing another profile
 * starts a new change (`startOver`).
 */
export function useAssignProfile({
  customerId,
  batchId,
  accountId,
  store = browserStore,
}: UseAssignProfileOptions) {
  const client = useApiClient();
  const [progress, setProgress] = useState({ accepted: 0, total: 0 });
  const [stop, setStop] = useState<AssignmentStop>();
  const trackingIds = useRef<string[]>([]);
  const named = useRef(new Map<string, string | undefined>());
  const startedAt = useRef<string>(undefined);

  const mutation = useMutation({
    mutationKey: ['assign-profile', customerId, batchId],
    mutationFn: async ({ policy, devices }: AssignVariables) => {
      setStop(undefined);
      const ids = devices.map((device) => device.id);
      const requestCount = splitIntoRequests(ids).length;
      setProgress({ accepted: 0, total: requestCount });
      startedAt.current ??= new Date().toISOString();
      for (const device of devices) named.current.set(device.id, device.serialNumber);

      const result = await sendPolicyUpdate(client, customerId, policy.id, ids, {
        onAccepted: async (request) => {
          setProgress((now) => ({ ...now, accepted: request.index + 1 }));
          if (request.trackingId === undefined) return;
          trackingIds.current = [...trackingIds.current, request.trackingId];
          const [changeId] = trackingIds.current;
          if (!accountId || changeId === undefined) return;
          await rememberChange(store, accountId, {
            kind: 'assign',
            changeId,
            customerId,
            batchId,
            policyId: policy.id,
            policyName: policy.name,
            startedAt: startedAt.current ?? new Date().toISOString(),
            trackingIds: trackingIds.current,
            devices: [...named.current].map(([id, serialNumber]) => ({ id, serialNumber })),
          }).catch(() => undefined);
        },
      });
      if (result.kind === 'stopped') {
        const left = new Set([...result.failed.deviceIds, ...result.notSentDeviceIds]);
        setStop({
          result,
          requestCount,
          policy,
          remaining: devices.filter((device) => left.has(device.id)),
        });
        throw result.failed.error;
      }
      return { trackingIds: trackingIds.current };
    },
  });

  return {
    ...mutation,
    progress,
    stop,
    /** The tracking ids of every request accepted so far, for this profile. */
    acceptedTrackingIds: () => trackingIds.current,
    /** Forgets what was accepted: the next send is a change of its own (another profile). */
    startOver: () => {
      trackingIds.current = [];
      named.current = new Map();
      startedAt.current = undefined;
      setStop(undefined);
      mutation.reset();
    },
  };
}
