/**
 * The local stand-ins for Microsoft's services, started together: the identity provider first,
 * then the Partner Center emulator, which verifies every bearer token against the provider's keys
 * the way the real API checks Entra ID tokens.
 */
import { partnerCenterPermission, partnerCenterResource } from './identity/entra-paths';
import { createIdentityProvider, type IdentityProvider } from './identity/identity-provider';
import { createTokenVerifier } from './identity/token-verifier';
import { createPartnerCenterEmulator } from './partner-center/create-partner-center-emulator';
import type {
  PartnerCenterEmulator,
  PartnerCenterEmulatorOptions,
} from './partner-center/emulator-options';
import type { ServedRequest } from './served-request';

export type LocalServerName = 'identity' | 'emulator';

/** Where the servers report: each request when it is over, and anything else worth saying. */
export interface LocalServicesLog {
  /** The emulator's requests carry their `MS-RequestId`. */
  request(server: LocalServerName, request: ServedRequest & { readonly requestId?: string }): void;
  message(server: LocalServerName, text: string): void;
}

export interface LocalServicesOptions {
  readonly identityProviderPort: number;
  /** Origins of the dashboard that may receive sign-in answers, e.g. `http://localhost:4280`. */
  readonly dashboardOrigins: readonly string[];
  readonly partnerCenter: Omit<PartnerCenterEmulatorOptions, 'authenticate' | 'log'>;
  readonly log: LocalServicesLog;
}

export interface LocalServices {
  readonly identityProvider: IdentityProvider;
  readonly partnerCenter: PartnerCenterEmulator;
  close(): Promise<void>;
}

export async function startLocalServices(options: LocalServicesOptions): Promise<LocalServices> {
  const { log } = options;
  const identityProvider = await createIdentityProvider({
    port: options.identityProviderPort,
    redirectUris: options.dashboardOrigins.flatMap((origin) => [
      `${origin}/`,
      `${origin}/redirect.html`,
    ]),
    postLogoutRedirectUris: options.dashboardOrigins.map((origin) => `${origin}/`),
    log: (text) => {
      log.message('identity', text);
    },
    logRequest: (request) => {
      log.request('identity', request);
    },
  });

  try {
    const partnerCenter = await createPartnerCenterEmulator({
      ...options.partnerCenter,
      authenticate: createTokenVerifier({
        issuer: identityProvider.issuer,
        jwksUrl: identityProvider.jwksUrl,
        audience: partnerCenterResource,
        requiredScope: partnerCenterPermission,
      }),
      log: (request) => {
        log.request('emulator', request);
      },
    });
    return {
      identityProvider,
      partnerCenter,
      close: async () => {
        await Promise.all([partnerCenter.close(), identityProvider.close()]);
      },
    };
  } catch (error) {
    await identityProvider.close();
    throw error;
  }
}
