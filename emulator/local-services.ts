/**
 * The local stand-ins for Microsoft's services, started together: the identity provider first, then
 * the Partner Center emulator, which verifies every bearer token against the provider's keys the way
 * the real API checks Entra ID tokens.
 */
import { partnerCenterPermission, partnerCenterResource } from './identity/entra-paths';
import { createIdentityProvider, type IdentityProvider } from './identity/identity-provider';
import { createTokenVerifier } from './identity/token-verifier';
import { createPartnerCenterEmulator } from './partner-center/create-partner-center-emulator';
import type {
  PartnerCenterEmulator,
  PartnerCenterEmulatorOptions,
} from './partner-center/emulator-options';
import { formatRequestLogLine } from './partner-center/request-log-line';

export interface LocalServicesOptions {
  readonly identityProviderPort: number;
  /** Origins of the dashboard that may receive sign-in answers, e.g. `http://localhost:4280`. */
  readonly dashboardOrigins: readonly string[];
  readonly partnerCenter: Omit<PartnerCenterEmulatorOptions, 'authenticate' | 'log'>;
  readonly log: (line: string) => void;
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
    log: (line) => {
      log(`[identity] ${line}`);
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
        log(`[partner-center] ${formatRequestLogLine(request)}`);
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
