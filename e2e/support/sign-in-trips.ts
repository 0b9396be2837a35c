import type { Frame, Page, Request } from '@playwright/test';
import { entraPaths } from '../../emulator/identity/entra-paths';
import { e2ePorts } from './e2e-ports';

export interface SignInTrips {
  /** How many times the page has left for the identity provider's authorize endpoint. */
  readonly count: () => number;
  /** Resolves once the page is back on the dashboard from its `trip`th trip (1 for the first). */
  readonly back: (trip: number) => Promise<void>;
}

/**
 * Watches the page's trips through sign-in from now on: a navigation of the page itself to the
 * provider's authorize endpoint, and the page's return to the dashboard. A silent token renewal
 * in a hidden frame is no trip. The provider may answer without showing a page (it still knows
 * the user), so the return is the dashboard's next document, not a visit to the provider's page.
 */
export function watchSignInTrips(page: Page): SignInTrips {
  let trips = 0;
  let returns = 0;
  let away = false;
  const waiters: { trip: number; resolve: () => void }[] = [];

  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    const toAuthorize =
      url.port === String(e2ePorts.identityProvider) && url.pathname === entraPaths.authorize;
    if (!toAuthorize || !request.isNavigationRequest() || request.frame() !== page.mainFrame())
      return;
    trips += 1;
    away = true;
  });
  page.on('framenavigated', (frame: Frame) => {
    if (!away || frame !== page.mainFrame()) return;
    if (new URL(frame.url()).port !== String(e2ePorts.dashboard)) return;
    away = false;
    returns += 1;
    for (const waiter of waiters.filter(({ trip }) => trip <= returns)) waiter.resolve();
  });

  return {
    count: () => trips,
    back: (trip) =>
      trip <= returns
        ? Promise.resolve()
        : new Promise((resolve) => {
            waiters.push({ trip, resolve });
          }),
  };
}
