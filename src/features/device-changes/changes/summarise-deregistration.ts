import type { DeregistrationDevice } from './remembered-changes';

export interface DeregistrationSummary {
  readonly total: number;
  /** Devices with an answer: deregistered, already gone or refused. */
  readonly done: number;
  readonly deregistered: number;
  readonly alreadyGone: number;
  readonly refused: number;
  readonly pending: number;
}

/** How many devices of a deregistration have which outcome. */
export function summariseDeregistration(
  devices: readonly DeregistrationDevice[],
): DeregistrationSummary {
  let deregistered = 0;
  let alreadyGone = 0;
  let refused = 0;
  let pending = 0;
  for (const device of devices) {
    if (device.outcome === 'deregistered') deregistered += 1;
    else if (device.outcome === 'already-gone') alreadyGone += 1;
    else if (device.outcome === 'refused') refused += 1;
    else pending += 1;
  }
  return {
    total: devices.length,
    done: devices.length - pending,
    deregistered,
    alreadyGone,
    refused,
    pending,
  };
}
