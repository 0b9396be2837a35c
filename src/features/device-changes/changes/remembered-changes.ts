import type { KeyValueStore } from '@/lib/storage/browser-store';

/** What became of one device of a deregistration. */
export type DeregistrationOutcome =
  /** Not yet sent, or sent without an answer yet (a reload then sends it again). */
  | 'pending'
  /** Partner Center answered 204: the registration is removed. */
  | 'deregistered'
  /** Partner Center answered 404: the device was no longer in the batch. */
  | 'already-gone'
  /** Partner Center refused (after the client's own retries): still registered. */
  | 'refused';

/** Why a device was refused, with the ids support asks for. Never a token or a body. */
export interface DeviceFailure {
  readonly kind: string;
  readonly status?: number | undefined;
  readonly code?: string | undefined;
  readonly description?: string | undefined;
  readonly requestId?: string | undefined;
  readonly correlationId?: string | undefined;
}

/**
 * One device of a deregistration as the browser keeps it: its id and what names it, enough to
 * register it again by serial number, manufacturer and model. No product key or hardware hash is
 * stored (a tab keeps those in memory only, see `device-csv-rows.ts`).
 */
export interface DeregistrationDevice {
  readonly id: string;
  readonly serialNumber?: string | undefined;
  readonly manufacturer?: string | undefined;
  readonly modelName?: string | undefined;
  readonly outcome: DeregistrationOutcome;
  readonly failure?: DeviceFailure | undefined;
}

/**
 * Devices to deregister from one batch. DELETE answers at once, with no job to poll, so the change
 * itself is kept here, every device with its outcome: the tracker sends what is still pending,
 * after a reload or a new sign-in too.
 */
export interface RememberedDeregistration {
  readonly kind: 'deregister';
  readonly changeId: string;
  readonly customerId: string;
  readonly batchId: string;
  /** ISO 8601, from the browser's clock. */
  readonly startedAt: string;
  readonly devices: readonly DeregistrationDevice[];
}

/**
 * A profile given to devices of one batch: the tracking ids of its accepted PATCH requests (which
 * the tracker's address holds too) and the devices' serial numbers, to name them in the results.
 */
export interface RememberedAssignment {
  readonly kind: 'assign';
  /** The first accepted request's tracking id. */
  readonly changeId: string;
  readonly customerId: string;
  readonly batchId: string;
  readonly policyId: string;
  readonly policyName?: string | undefined;
  readonly startedAt: string;
  readonly trackingIds: readonly string[];
  readonly devices: readonly { readonly id: string; readonly serialNumber?: string | undefined }[];
}

export type RememberedChange = RememberedDeregistration | RememberedAssignment;

/** The most recent changes kept per account and customer; older ones are forgotten. */
export const rememberedChangesLimit = 20;

const indexKey = (accountId: string, customerId: string) =>
  `device-changes:${accountId}:${customerId}`;
const changeKey = (accountId: string, customerId: string, changeId: string) =>
  `${indexKey(accountId, customerId)}:${changeId}`;

/**
 * Keeps `change` (replacing an earlier copy), and lists it first among the account's changes for
 * the customer; a change that drops off the list is deleted. Each change has its own entry, so
 * saving the progress of one does not rewrite the others.
 */
export async function rememberChange(
  store: KeyValueStore,
  accountId: string,
  change: RememberedChange,
): Promise<void> {
  await store.set(changeKey(accountId, change.customerId, change.changeId), change);
  const index = await readIndex(store, accountId, change.customerId);
  if (index[0] === change.changeId) return;
  const next = [change.changeId, ...index.filter((id) => id !== change.changeId)];
  await store.set(indexKey(accountId, change.customerId), next.slice(0, rememberedChangesLimit));
  for (const dropped of next.slice(rememberedChangesLimit)) {
    await store.del(changeKey(accountId, change.customerId, dropped));
  }
}

/** The change with this id, if this browser knows it; undefined too when the store is unreadable. */
export async function findRememberedChange(
  store: KeyValueStore,
  accountId: string,
  customerId: string,
  changeId: string,
): Promise<RememberedChange | undefined> {
  try {
    const stored = await store.get(changeKey(accountId, customerId, changeId));
    return isRememberedChange(stored) && stored.customerId === customerId ? stored : undefined;
  } catch {
    return undefined; // private browsing without IndexedDB
  }
}

async function readIndex(
  store: KeyValueStore,
  accountId: string,
  customerId: string,
): Promise<string[]> {
  const stored = await store.get(indexKey(accountId, customerId));
  return Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : [];
}

/** Written by an older version or by hand: only well-formed entries are used. */
function isRememberedChange(value: unknown): value is RememberedChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  const common =
    typeof change.changeId === 'string' &&
    typeof change.customerId === 'string' &&
    typeof change.batchId === 'string' &&
    typeof change.startedAt === 'string' &&
    Array.isArray(change.devices);
  if (!common) return false;
  if (change.kind === 'assign') {
    return typeof change.policyId === 'string' && Array.isArray(change.trackingIds);
  }
  return (
    change.kind === 'deregister' &&
    (change.devices as unknown[]).every(
      (device) =>
        typeof device === 'object' &&
        device !== null &&
        typeof (device as Record<string, unknown>).id === 'string' &&
        typeof (device as Record<string, unknown>).outcome === 'string',
    )
  );
}
