import { NavigationClient, type NavigationOptions } from '@azure/msal-browser';

type Navigate = (to: string, options: { replace: boolean }) => unknown;

/**
 * Lets MSAL move around the app through the router instead of reloading the page, e.g. when it
 * returns the user to the page they asked for after signing in. It waits for the router to finish
 * (the page's code is loaded), so the first render is of that page and not of the redirect address.
 */
export class RouterNavigationClient extends NavigationClient {
  constructor(private readonly navigate: Navigate) {
    super();
  }

  override async navigateInternal(url: string, options: NavigationOptions): Promise<boolean> {
    const target = new URL(url, window.location.origin);
    if (target.origin !== window.location.origin) return super.navigateInternal(url, options);
    await this.navigate(`${target.pathname}${target.search}${target.hash}`, {
      replace: options.noHistory,
    });
    return false;
  }
}
