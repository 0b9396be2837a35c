/**
 * Keeps a 401 that sign-in cannot cure from becoming a sign-in loop. The API client already forces
 * one token refresh on a 401; a 401 after that sends the user through sign-in once. If Partner
 * Center still refuses the fresh sign-in (Conditional Access, a missing MFA claim, a wrong
 * audience), redirecting again would loop for good, so the dashboard shows the refusal instead.
 *
 * The re-sign-in is remembered in sessionStorage, set right before leaving, because the redirect
 * reloads the page and everything in memory is lost.
 */
const storageKey = 'ztb:re-sign-in';

/**
 * After a re-sign-in, 401s show the refusal for this long even if other requests succeed: a page
 * whose one request is refused while another answers would otherwise redirect on every return.
 */
export const reSignInWindowMs = 5 * 60_000;

/** What to do with a 401 that survived the API client's forced token refresh. */
export type UnauthorizedDecision =
  /** Leave for the identity provider now; the guard remembers it. */
  | 'sign-in-again'
  /** A redirect is already under way for another request of this page: do nothing more. */
  | 'already-leaving'
  /** Signing in again did not help, or may not be tried: show the "unauthorized" panel. */
  | 'show-panel';

export interface ReSignInGuard {
  decideUnauthorized(): UnauthorizedDecision;
  /** Partner Center answered a request: sign-in works again, once the window has passed. */
  noteAnswered(): void;
  /** The user chose to sign in again: a refusal after it shows the panel again, never a loop. */
  noteSignInChosen(): void;
  /** The redirect decided on did not start (MSAL refused it): the page stays, so say so. */
  noteRedirectFailed(): void;
  /** Whether this page is on its way to the identity provider (for useSyncExternalStore). */
  readonly isLeaving: () => boolean;
  readonly subscribe: (listener: () => void) => () => void;
}

interface Marker {
  /** When the re-sign-in started (ms since the epoch). */
  readonly startedAt: number;
  /** Whether Partner Center has answered any request since. */
  readonly answeredSince: boolean;
}

type MarkerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function createReSignInGuard(
  storage: MarkerStorage,
  now: () => number = Date.now,
  windowMs: number = reSignInWindowMs,
): ReSignInGuard {
  let leaving = false;
  const listeners = new Set<() => void>();
  const setLeaving = (value: boolean) => {
    if (leaving === value) return;
    leaving = value;
    for (const listener of listeners) listener();
  };
  const withinWindow = (marker: Marker) => now() - marker.startedAt < windowMs;
  const remember = () => write(storage, { startedAt: now(), answeredSince: false });

  return {
    decideUnauthorized() {
      if (leaving) return 'already-leaving';
      const marker = read(storage);
      if (marker && (withinWindow(marker) || !marker.answeredSince)) return 'show-panel';
      // Without the marker stored, the return could not be recognised: never leave unguarded.
      if (!remember()) return 'show-panel';
      setLeaving(true);
      return 'sign-in-again';
    },
    noteAnswered() {
      const marker = read(storage);
      if (!marker) return;
      if (!withinWindow(marker)) forget(storage);
      else if (!marker.answeredSince) write(storage, { ...marker, answeredSince: true });
    },
    noteSignInChosen() {
      remember();
    },
    noteRedirectFailed() {
      setLeaving(false);
    },
    isLeaving: () => leaving,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storage: MarkerStorage): Marker | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(storageKey) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { startedAt, answeredSince } = value as Partial<Record<keyof Marker, unknown>>;
    if (typeof startedAt !== 'number' || typeof answeredSince !== 'boolean') return null;
    return { startedAt, answeredSince };
  } catch {
    return null;
  }
}

function write(storage: MarkerStorage, marker: Marker): boolean {
  try {
    storage.setItem(storageKey, JSON.stringify(marker));
    return true;
  } catch {
    return false;
  }
}

function forget(storage: MarkerStorage): void {
  try {
    storage.removeItem(storageKey);
  } catch {
    // Nothing stored to forget.
  }
}
