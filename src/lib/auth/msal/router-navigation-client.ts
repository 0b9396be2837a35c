import { NavigationClient, type NavigationOptions } from '@azure/msal-browser';

type Navigate = (to: string, options: { replace: boolean }) => unknown;

/**
 * Lets MSAL move around the app through the router instead of reloading the page, e.g. when it
 * returns the user to the page they asked for after signing in.
 */
export class RouterNavigationClient extends NavigationClient {
  constructor(private readonly navigate: Navigate) {
    super();
  }

  override navigateInternal(url: string, options: NavigationOptions): Promise<boolean> {
    const target = new URL(url, window.location.origin);
    if (target.origin !== window.location.origin) return super.navigateInternal(url, options);
    void this.navigate(`${target.pathname}${target.search}${target.hash}`, {
      replace: options.noHistory,
    });
    return Promise.resolve(false);
  }
}
