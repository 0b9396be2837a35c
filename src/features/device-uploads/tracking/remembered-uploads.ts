import type { KeyValueStore } from '@/lib/storage/browser-store';

/** One request of an upload that Partner Center accepted, and what to poll for it. */
export interface RememberedRequest {
  readonly trackingId: string | undefined;
  readonly deviceCount: number;
}

/**
 * An upload the signed-in person started for a customer, kept in the browser's IndexedDB so its
 * tracker survives a reload, a new sign-in and a closed tab, and the batches page can list it.
 * Only ids and counts are kept: no hardware hash or product key.
 */
export interface RememberedUpload {
  /** The first accepted request's tracking id: the tracker's URL (`/customers/{id}/uploads/{uploadId}`). */
  readonly uploadId: string;
  readonly customerId: string;
  readonly batchId: string;
  readonly createdBatch: boolean;
  readonly requests: readonly RememberedRequest[];
  /** Devices left unsent after a request failed (0 when every request was accepted). */
  readonly notSentDeviceCount: number;
  /** ISO 8601, from the browser's clock. */
  readonly startedAt: string;
}

/** The most recent uploads kept per account and customer; older ones drop off the list. */
export const rememberedUploadsLimit = 20;

const storageKey = (accountId: string, customerId: string) =>
  `device-uploads:${accountId}:${customerId}`;

/** This account's uploads for the customer, newest first; [] when none, or when the store is unreadable. */
export async function readRememberedUploads(
  storage: KeyValueStore,
  accountId: string,
  customerId: string,
): Promise<RememberedUpload[]> {
  try {
    const stored = await storage.get(storageKey(accountId, customerId));
    return Array.isArray(stored) ? (stored as RememberedUpload[]).filter(isRememberedUpload) : [];
  } catch {
    return []; // private browsing without IndexedDB: the tracker's URL still works on its own
  }
}

/** Keeps `upload` first in the list (replacing an earlier copy of the same upload). */
export async function rememberUpload(
  storage: KeyValueStore,
  accountId: string,
  upload: RememberedUpload,
): Promise<void> {
  const earlier = await readRememberedUploads(storage, accountId, upload.customerId);
  const others = earlier.filter((kept) => kept.uploadId !== upload.uploadId);
  await storage.set(
    storageKey(accountId, upload.customerId),
    [upload, ...others].slice(0, rememberedUploadsLimit),
  );
}

/** The remembered upload with this id, for a tracker opened from a bookmark. */
export async function findRememberedUpload(
  storage: KeyValueStore,
  accountId: string,
  customerId: string,
  uploadId: string,
): Promise<RememberedUpload | undefined> {
  const uploads = await readRememberedUploads(storage, accountId, customerId);
  return uploads.find((upload) => upload.uploadId === uploadId);
}

/** Written by an older version or by hand: only well-formed entries are used. */
function isRememberedUpload(value: unknown): value is RememberedUpload {
  if (typeof value !== 'object' || value === null) return false;
  const upload = value as Partial<Record<keyof RememberedUpload, unknown>>;
  return (
    typeof upload.uploadId === 'string' &&
    typeof upload.customerId === 'string' &&
    typeof upload.batchId === 'string' &&
    typeof upload.startedAt === 'string' &&
    Array.isArray(upload.requests)
  );
}
