import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import {
  deregistrationRun,
  existingDeregistrationRun,
  subscribeToDeregistrationRuns,
  type RunSnapshot,
} from './deregistration-runs';
import { rememberedChangeQueryOptions } from './remembered-change-query';
import { useDeregistrationDependencies } from './use-deregistration-dependencies';

export type DeregistrationState =
  | { readonly kind: 'loading' }
  /** This browser (this account) does not know the change: it was started elsewhere. */
  | { readonly kind: 'unknown' }
  | {
      readonly kind: 'found';
      readonly snapshot: RunSnapshot;
      readonly retryRefused: () => void;
    };

const noRun = () => () => undefined;
const noSnapshot = () => undefined;

/**
 * A deregistration's tracker state: this tab's run of it when there is one (started by the dialog,
 * or earlier on this page), else the change as this browser kept it, resumed at once: its pending
 * devices are sent (again), which is safe, DELETE being idempotent.
 */
export function useDeregistration(
  accountId: string,
  customerId: string,
  changeId: string,
): DeregistrationState {
  const dependencies = useDeregistrationDependencies(accountId, customerId);
  const findRun = useCallback(
    () => existingDeregistrationRun(accountId, customerId, changeId),
    [accountId, customerId, changeId],
  );
  const run = useSyncExternalStore(subscribeToDeregistrationRuns, findRun);
  const stored = useQuery({
    ...rememberedChangeQueryOptions(accountId, customerId, changeId),
    enabled: run === undefined,
  });
  const storedChange = stored.data;
  useEffect(() => {
    // Starts this tab's run of the kept change; the runs' store then hands it to `run` above.
    if (run === undefined && storedChange?.kind === 'deregister') {
      deregistrationRun(storedChange, dependencies);
    }
  }, [run, storedChange, dependencies]);
  const snapshot = useSyncExternalStore(run?.subscribe ?? noRun, run?.snapshot ?? noSnapshot);

  if (run && snapshot) {
    return { kind: 'found', snapshot, retryRefused: run.retryRefused };
  }
  if (stored.isPending || storedChange?.kind === 'deregister') return { kind: 'loading' };
  return { kind: 'unknown' };
}
