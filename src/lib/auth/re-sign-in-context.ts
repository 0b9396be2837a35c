import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReSignInGuard } from './re-sign-in-guard';

/** The dashboard's one re-sign-in guard (main.tsx); absent in tests that do not need it. */
export const ReSignInGuardContext = createContext<ReSignInGuard | null>(null);

const noGuard = () => () => undefined;

/**
 * How a 401 on screen stands: `leaving` while the page is on its way to sign in again; otherwise
 * signing in again did not help and the guard held the next redirect back. `null` without a guard.
 */
export function useUnauthorizedState(): {
  readonly guard: ReSignInGuard;
  readonly leaving: boolean;
} | null {
  const guard = useContext(ReSignInGuardContext);
  const leaving = useSyncExternalStore(guard?.subscribe ?? noGuard, () => guard?.isLeaving());
  return guard ? { guard, leaving: leaving === true } : null;
}
