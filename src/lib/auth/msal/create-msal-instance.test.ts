import { LogLevel } from '@azure/msal-browser';
import { buildMsalConfiguration } from './create-msal-instance';

const auth = {
  clientId: '6c2f4b1a-9d3e-4f5a-8b7c-0d1e2f3a4b5c',
  authority: 'https://login.microsoftonline.com/5f2b8c1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f',
  knownAuthorities: ['login.microsoftonline.com'],
  scopes: ['https://api.partnercenter.microsoft.com/user_impersonation'],
  redirectUri: '/',
  postLogoutRedirectUri: '/',
};

describe('buildMsalConfiguration', () => {
  it('resolves the redirect paths on the dashboard origin and keeps tokens out of localStorage', () => {
    const configuration = buildMsalConfiguration(auth, 'https://dashboard.example');
    expect(configuration.auth).toEqual({
      clientId: auth.clientId,
      authority: auth.authority,
      knownAuthorities: auth.knownAuthorities,
      redirectUri: 'https://dashboard.example/',
      postLogoutRedirectUri: 'https://dashboard.example/',
    });
    expect(configuration.cache?.cacheLocation).toBe('sessionStorage');
  });

  it('passes the authority metadata on when configured', () => {
    const configuration = buildMsalConfiguration({ ...auth, authorityMetadata: '{"issuer":"x"}' });
    expect(configuration.auth.authorityMetadata).toBe('{"issuer":"x"}');
  });

  it('never logs personal data', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const logger = buildMsalConfiguration(auth).system?.loggerOptions;
    expect(logger?.piiLoggingEnabled).toBe(false);
    logger?.loggerCallback?.(LogLevel.Error, 'user adele@contoso.example', true);
    logger?.loggerCallback?.(LogLevel.Info, 'chatty', false);
    expect(warn).not.toHaveBeenCalled();
    logger?.loggerCallback?.(LogLevel.Warning, 'something odd', false);
    expect(warn).toHaveBeenCalledWith('[MSAL] something odd');
  });
});
