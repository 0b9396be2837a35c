import { isPartnerCenterError } from '@/lib/api-client/api-error';
import type { DeregisterAnswer } from '../api/deregister-device';
import type { DeregistrationDevice, DeviceFailure } from './remembered-changes';

/**
 * DELETEs in flight at once. One at a time, 10,000 devices would take the best part of an hour;
 * a few at a time takes minutes while staying far from anything Partner Center would throttle
 * (and the client waits out a 429's Retry-After on its own).
 */
export const deregistrationConcurrency = 4;

export interface RunDeregistrationOptions {
  readonly devices: readonly DeregistrationDevice[];
  /** Sends one DELETE (through the client, which retries it); 404 reads as `already-gone`. */
  readonly deregister: (deviceId: string, signal: AbortSignal) => Promise<DeregisterAnswer>;
  /** Each device's new state as soon as its answer is in, by its index in `devices`. */
  readonly onOutcome: (index: number, device: DeregistrationDevice) => void;
  readonly signal: AbortSignal;
  readonly concurrency?: number;
}

/**
 * Deregisters every `pending` device, a few at a time, and reports each outcome as it comes:
 * `deregistered`, `already-gone` (404), or `refused` with the failure's ids once the client's own
 * retries are spent. Stops when `signal` aborts: the devices whose DELETE had no answer stay
 * pending, to be sent again later (DELETE is idempotent; a device removed meanwhile answers 404).
 */
export async function runDeregistration({
  devices,
  deregister,
  onOutcome,
  signal,
  concurrency = deregistrationConcurrency,
}: RunDeregistrationOptions): Promise<void> {
  const pending = devices.flatMap((device, index) => (device.outcome === 'pending' ? [index] : []));
  let next = 0;
  const stopped = () => signal.aborted;
  const work = async () => {
    while (!stopped()) {
      const index = pending[next++];
      const device = index === undefined ? undefined : devices[index];
      if (index === undefined || device === undefined) return;
      try {
        const outcome = await deregister(device.id, signal);
        onOutcome(index, { ...device, outcome, failure: undefined });
      } catch (error) {
        if (stopped() || isPartnerCenterError(error, 'aborted')) return;
        onOutcome(index, { ...device, outcome: 'refused', failure: failureOf(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, work));
}

/** What the tracker shows and keeps of a refusal: status, code and ids, never a body. */
export function failureOf(error: unknown): DeviceFailure {
  if (!isPartnerCenterError(error)) {
    return { kind: error instanceof Error ? error.name : 'unknown' };
  }
  return {
    kind: error.kind,
    status: error.status,
    code: error.code === undefined ? undefined : String(error.code),
    description: error.description,
    requestId: error.requestId,
    correlationId: error.correlationId,
  };
}
