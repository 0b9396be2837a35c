import {
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
  type RedirectRequest,
  type SilentRequest,
} from '@azure/msal-browser';
import type { Mock } from 'vitest';
import { createMsalTokenSource } from './msal-token-source';

const scopes = ['https://api.partnercenter.microsoft.com/user_impersonation'];
const account = { homeAccountId: 'a.b', username: 'adele@contoso.example' } as AccountInfo;

function fakeInstance(overrides: Partial<IPublicClientApplication>) {
  return {
    getActiveAccount: vi.fn(() => account),
    acquireTokenSilent: vi.fn(),
    acquireTokenRedirect: vi.fn(() => Promise.resolve()),
    ...overrides,
  } as unknown as IPublicClientApplication & {
    acquireTokenSilent: Mock<(request: SilentRequest) => Promise<AuthenticationResult>>;
    acquireTokenRedirect: Mock<(request: RedirectRequest) => Promise<void>>;
  };
}

const settled = async (promise: Promise<unknown>) =>
  Promise.race([
    promise.then(() => 'settled'),
    new Promise((resolve) => setTimeout(resolve, 20, 'pending')),
  ]);

describe('createMsalTokenSource', () => {
  it('renews silently, asking MSAL to skip its cache only when forced', async () => {
    const instance = fakeInstance({
      acquireTokenSilent: vi.fn(() =>
        Promise.resolve({ accessToken: 'token-1' } as AuthenticationResult),
      ),
    });
    const source = createMsalTokenSource(instance, scopes);

    await expect(source.getAccessToken({ forceRefresh: false })).resolves.toBe('token-1');
    await expect(source.getAccessToken({ forceRefresh: true })).resolves.toBe('token-1');

    expect(instance.acquireTokenSilent.mock.calls.map(([request]) => request.forceRefresh)).toEqual(
      [false, true],
    );
    expect(instance.acquireTokenSilent.mock.calls[0]?.[0]).toMatchObject({
      scopes,
      account,
      redirectUri: 'http://localhost:3000/redirect.html',
    });
    expect(instance.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('falls back to an interactive sign-in that returns to this page when renewal needs the user', async () => {
    const instance = fakeInstance({
      acquireTokenSilent: vi.fn(() =>
        Promise.reject(new InteractionRequiredAuthError('login_required', '')),
      ),
    });
    const source = createMsalTokenSource(instance, scopes);

    const token = source.getAccessToken({ forceRefresh: false });

    expect(await settled(token)).toBe('pending');
    expect(instance.acquireTokenRedirect).toHaveBeenCalledWith({
      scopes,
      account,
      loginHint: account.username,
      redirectStartPage: window.location.href,
    });
  });

  it('passes on failures that the user cannot fix by signing in', async () => {
    const failure = new Error('network down');
    const instance = fakeInstance({ acquireTokenSilent: vi.fn(() => Promise.reject(failure)) });
    await expect(
      createMsalTokenSource(instance, scopes).getAccessToken({ forceRefresh: false }),
    ).rejects.toBe(failure);
    expect(instance.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('sends a user with no account to sign in', async () => {
    const instance = fakeInstance({ getActiveAccount: vi.fn(() => null) });
    const token = createMsalTokenSource(instance, scopes).getAccessToken({ forceRefresh: false });
    expect(await settled(token)).toBe('pending');
    expect(instance.acquireTokenSilent).not.toHaveBeenCalled();
    expect(instance.acquireTokenRedirect).toHaveBeenCalledWith({
      scopes,
      redirectStartPage: window.location.href,
    });
  });
});
