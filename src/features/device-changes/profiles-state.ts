import type { Policy } from '@/lib/partner-center/policy-schema';

/**
 * The customer's Autopilot profiles as the route loaded them (the profiles feature's query): the
 * list once loaded, the error when it could not be, and a way to ask again.
 */
export interface ProfilesState {
  readonly profiles: readonly Policy[] | undefined;
  readonly error: unknown;
  readonly retry: () => void;
}
