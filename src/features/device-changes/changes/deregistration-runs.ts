import type { KeyValueStore } from '@/lib/storage/browser-store';
import type { DeregisterAnswer, DeviceInBatch } from '../api/deregister-device';
import {
  findRememberedChange,
  rememberChange,
  type DeregistrationDevice,
  type RememberedDeregistration,
} from './remembered-changes';
import { runDeregistration } from './run-deregistration';

/**
 * Where a deregistration stands in this tab: sending its DELETEs, waiting because another tab of
 * this browser is sending them (it is shown from what that tab saves), or done (every device has
 * an answer, refused ones included).
 */
export type RunStatus = 'running' | 'elsewhere' | 'done';

export interface RunSnapshot {
  readonly change: RememberedDeregistration;
  readonly status: RunStatus;
}

export interface RunDependencies {
  readonly accountId: string;
  readonly store: KeyValueStore;
  readonly deregister: (device: DeviceInBatch, signal: AbortSignal) => Promise<DeregisterAnswer>;
  /** Once every device has an answer: refresh what lists the devices. */
  readonly onFinished: () => void;
  /** The Web Locks API, so one tab at a time sends a change's DELETEs; none in jsdom. */
  readonly locks?: Pick<LockManager, 'request'> | undefined;
  /** How often the screen and the store follow the answers, in ms. */
  readonly showEveryMs?: number;
  readonly saveEveryMs?: number;
  /** How often a tab that waits for another one looks at what that tab saved. */
  readonly lookEveryMs?: number;
}

export interface DeregistrationRun {
  readonly subscribe: (listener: () => void) => () => void;
  readonly snapshot: () => RunSnapshot;
  /** Sends the refused devices again (once the run is done). */
  readonly retryRefused: () => void;
}

/**
 * The deregistrations this tab is running, by account, customer and change. A run outlives the
 * tracker page: leaving it (to the batch's devices, say) does not stop the DELETEs, and coming
 * back shows the same run. A reload ends it; the tracker then resumes it from the store.
 */
const runs = new Map<string, DeregistrationRun>();
const runsListeners = new Set<() => void>();

/** Tells `listener` when this tab starts a run (for a tracker waiting for its own). */
export function subscribeToDeregistrationRuns(listener: () => void): () => void {
  runsListeners.add(listener);
  return () => {
    runsListeners.delete(listener);
  };
}

const runKey = (accountId: string, customerId: string, changeId: string) =>
  `${accountId}:${customerId}:${changeId}`;

/** The run of this change in this tab, if it has one. */
export function existingDeregistrationRun(
  accountId: string,
  customerId: string,
  changeId: string,
): DeregistrationRun | undefined {
  return runs.get(runKey(accountId, customerId, changeId));
}

/** This tab's run of `change`, started now unless it already runs. */
export function deregistrationRun(
  change: RememberedDeregistration,
  dependencies: RunDependencies,
): DeregistrationRun {
  const key = runKey(dependencies.accountId, change.customerId, change.changeId);
  let run = runs.get(key);
  if (!run) {
    run = createRun(change, dependencies);
    runs.set(key, run);
    for (const listener of runsListeners) listener();
  }
  return run;
}

/** Forgets every run of this tab (tests; a reload does the same). */
export function forgetDeregistrationRuns(): void {
  runs.clear();
}

function createRun(initial: RememberedDeregistration, dependencies: RunDependencies) {
  const { accountId, store, locks } = dependencies;
  const showEveryMs = dependencies.showEveryMs ?? 200;
  const saveEveryMs = dependencies.saveEveryMs ?? 1_000;
  const lookEveryMs = dependencies.lookEveryMs ?? 2_000;
  // A working copy, changed in place as answers arrive: 10,000 devices are not copied per answer,
  // only when the screen or the store next looks (a few times a second at most).
  let devices: DeregistrationDevice[] = [...initial.devices];
  let status: RunStatus = 'running';
  let snapshot: RunSnapshot = { change: initial, status };
  const listeners = new Set<() => void>();
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const current = (): RememberedDeregistration => ({ ...initial, devices: [...devices] });
  const show = () => {
    clearTimeout(showTimer);
    showTimer = undefined;
    snapshot = { change: current(), status };
    for (const listener of listeners) listener();
  };
  const save = async () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    try {
      await rememberChange(store, accountId, current());
    } catch {
      // No store (private browsing): the run goes on; only a reload would lose its progress.
    }
  };
  const answered = (index: number, device: DeregistrationDevice) => {
    devices[index] = device;
    showTimer ??= setTimeout(show, showEveryMs);
    saveTimer ??= setTimeout(() => void save(), saveEveryMs);
  };
  const hasPending = () => devices.some((device) => device.outcome === 'pending');

  /** Takes up what another tab (or this one before a reload) saved: it is at least as far on. */
  const catchUp = async () => {
    const stored = await findRememberedChange(
      store,
      accountId,
      initial.customerId,
      initial.changeId,
    );
    if (stored?.kind === 'deregister' && stored.devices.length === devices.length) {
      devices = [...stored.devices];
    }
  };

  const finish = () => {
    status = 'done';
    show();
    dependencies.onFinished();
  };

  const work = async () => {
    await catchUp();
    status = 'running';
    show();
    await runDeregistration({
      devices,
      deregister: (deviceId, signal) =>
        dependencies.deregister(
          { customerId: initial.customerId, batchId: initial.batchId, deviceId },
          signal,
        ),
      onOutcome: answered,
      signal: new AbortController().signal,
    });
    await save();
    finish();
  };

  const start = async (): Promise<void> => {
    if (!locks) {
      await work();
      return;
    }
    const ran = await locks.request(
      `device-change:${accountId}:${initial.customerId}:${initial.changeId}`,
      { ifAvailable: true },
      async (lock) => {
        if (!lock) return false;
        await work();
        return true;
      },
    );
    if (ran) return;
    // Another tab sends them: show what it saves, and take over if it is closed half-way.
    status = 'elsewhere';
    show();
    await new Promise((resolve) => setTimeout(resolve, lookEveryMs));
    await catchUp();
    if (hasPending()) {
      await start();
    } else {
      finish();
    }
  };

  // Nothing in `start` is expected to throw (the store and the DELETEs report their failures);
  // should it all the same, the devices left pending are shown as not sent, not as running.
  const begin = () => {
    start().catch(finish);
  };
  begin();

  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    snapshot: () => snapshot,
    retryRefused: () => {
      if (status !== 'done') return;
      devices = devices.map((device) =>
        device.outcome === 'refused'
          ? { ...device, outcome: 'pending', failure: undefined }
          : device,
      );
      status = 'running';
      show();
      void save().then(begin);
    },
  } satisfies DeregistrationRun;
}
