import type { KnownDevices } from './csv/known-devices';

/**
 * The customer's registered devices, as far as they are loaded, which the page checks a file's
 * rows against. `incomplete` when some batch's devices could not be loaded: the check then flags
 * fewer rows, and Partner Center's own 806 answers the rest.
 */
export interface KnownDevicesCheck {
  readonly status: 'loading' | 'complete' | 'incomplete';
  readonly known: KnownDevices;
  readonly deviceCount: number;
  readonly retry: () => void;
}
