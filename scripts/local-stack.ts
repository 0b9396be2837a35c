/**
 * The whole local stack behind the dashboard: identity provider and Partner Center emulator, plus
 * the runtime configuration that points the dashboard at them. `npm start` and `npm run dev` share
 * it, and the end-to-end tests run exactly what `npm start` runs.
 */
import { dashboardClientId } from '../emulator/identity/dashboard-client';
import { partnerCenterScope } from '../emulator/identity/entra-paths';
import { adminAgentsGroupId } from '../emulator/identity/partner-groups';
import { startLocalServices, type LocalServices } from '../emulator/local-services';
import { readEmulatorEnv } from '../emulator/partner-center/emulator-env';
import { identityProviderOrigins } from '../server/runtime-config';
import { createStackLog } from './stack-log';

export const apiBasePath = '/api/partner-center';

export interface LocalStack {
  readonly services: LocalServices;
  /** Writes the servers' request lines; `dashboard` takes the dashboard server's JSON lines. */
  readonly log: ReturnType<typeof createStackLog>;
  readonly dashboardPort: number;
  readonly dashboardUrl: string;
  /** Served at `/config.json`; the shape the dashboard validates (src/config/runtime-config.ts). */
  readonly runtimeConfig: {
    apiBase: string;
    auth: {
      clientId: string;
      authority: string;
      knownAuthorities: string[];
      scopes: string[];
      redirectUri: string;
      postLogoutRedirectUri: string;
      authorityMetadata: string;
      adminAgentsGroupId: string;
    };
  };
  /** Origins the dashboard's CSP must allow for sign-in. */
  readonly authorityOrigins: string[];
}

export async function startLocalStack(env: NodeJS.ProcessEnv = process.env): Promise<LocalStack> {
  const dashboardPort = Number(env.DASHBOARD_PORT ?? 4280);
  const dashboardOrigins = [
    `http://localhost:${dashboardPort}`,
    `http://127.0.0.1:${dashboardPort}`,
  ];
  const log = createStackLog();
  const services = await startLocalServices({
    identityProviderPort: Number(env.IDP_PORT ?? 4282),
    dashboardOrigins,
    partnerCenter: readEmulatorEnv(env),
    log: log.services,
  });
  const { identityProvider } = services;
  const runtimeConfig = {
    apiBase: apiBasePath,
    auth: {
      clientId: dashboardClientId,
      authority: identityProvider.authority,
      knownAuthorities: [new URL(identityProvider.authority).host],
      scopes: [partnerCenterScope],
      redirectUri: '/',
      postLogoutRedirectUri: '/',
      authorityMetadata: identityProvider.authorityMetadata,
      // The demo accounts' ID tokens name their security groups: the Admin agents are known.
      adminAgentsGroupId,
    },
  };
  return {
    services,
    log,
    dashboardPort,
    dashboardUrl: `http://localhost:${dashboardPort}`,
    runtimeConfig,
    authorityOrigins: identityProviderOrigins(runtimeConfig),
  };
}

/** Closes everything on SIGINT or SIGTERM, exiting 0 when all closed cleanly. */
export function closeOnSignals(close: () => Promise<void>): void {
  const shutDown = (signal: NodeJS.Signals) => {
    console.log(`${signal} received, stopping the dashboard and the local servers`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Stopping did not finish cleanly', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
}
