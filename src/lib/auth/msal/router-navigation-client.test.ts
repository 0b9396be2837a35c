import { ApiId, NavigationClient, type NavigationOptions } from '@azure/msal-browser';
import { RouterNavigationClient } from './router-navigation-client';

const options: NavigationOptions = {
  apiId: ApiId.handleRedirectPromise,
  timeout: 0,
  noHistory: true,
};

describe('RouterNavigationClient', () => {
  it('moves within the app through the router, and only finishes once the router has', async () => {
    const steps: string[] = [];
    const client = new RouterNavigationClient(async (to, { replace }) => {
      steps.push(`navigating to ${to}${replace ? ' (replace)' : ''}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      steps.push('page loaded');
    });

    const handled = await client.navigateInternal(
      `${window.location.origin}/customers/c1/device-batches?q=Lab#top`,
      options,
    );
    steps.push('MSAL continues');

    expect(handled).toBe(false);
    expect(steps).toEqual([
      'navigating to /customers/c1/device-batches?q=Lab#top (replace)',
      'page loaded',
      'MSAL continues',
    ]);
  });

  it('leaves another origin (the identity provider) to MSAL’s own navigation', async () => {
    const navigate = vi.fn();
    const leave = vi.spyOn(NavigationClient.prototype, 'navigateInternal').mockResolvedValue(true);
    const client = new RouterNavigationClient(navigate);

    await client.navigateInternal('https://login.example/authorize', options);

    expect(leave).toHaveBeenCalledWith('https://login.example/authorize', options);
    expect(navigate).not.toHaveBeenCalled();
    leave.mockRestore();
  });
});
