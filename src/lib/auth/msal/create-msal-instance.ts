import {
  BrowserCacheLocation,
  LogLevel,
  PublicClientApplication,
  type Configuration,
} from '@azure/msal-browser';
import type { RuntimeConfig } from '@/config/runtime-config';

/** The blank page that hands silent (iframe) responses back to MSAL; see public/redirect.html. */
export const redirectBridgePath = '/redirect.html';

/** MSAL's configuration from the runtime settings; one build serves any tenant. */
export function buildMsalConfiguration(
  auth: RuntimeConfig['auth'],
  origin: string = window.location.origin,
): Configuration {
  return {
    auth: {
      clientId: auth.clientId,
      authority: auth.authority,
      knownAuthorities: auth.knownAuthorities,
      ...(auth.authorityMetadata === undefined
        ? {}
        : { authorityMetadata: auth.authorityMetadata }),
      redirectUri: new URL(auth.redirectUri, origin).href,
      postLogoutRedirectUri: new URL(auth.postLogoutRedirectUri, origin).href,
    },
    // Tokens live only as long as the tab: nothing readable is left in localStorage.
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: {
      // Renew 30 s before expiry rather than MSAL's 5 minutes, so tokens shorter than 5 minutes (the
      // short-lived demo account) are still served from the cache; a 401 forces a renewal anyway.
      tokenRenewalOffsetSeconds: 30,
      loggerOptions: {
        logLevel: LogLevel.Warning,
        piiLoggingEnabled: false,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii) return;
          if (level <= LogLevel.Warning) console.warn(`[MSAL] ${message}`);
        },
      },
    },
  };
}

export function createMsalInstance(auth: RuntimeConfig['auth']): PublicClientApplication {
  return new PublicClientApplication(buildMsalConfiguration(auth));
}
