/**
 * `npm run emulator`: the local identity provider and Partner Center API, configured from the
 * environment (see emulator/README.md), logging one line per request until SIGINT or SIGTERM.
 */
import { readEmulatorEnv } from './partner-center/emulator-env';
import { startLocalServices } from './local-services';

let settings: ReturnType<typeof readEmulatorEnv>;
try {
  settings = readEmulatorEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const services = await startLocalServices({
  identityProviderPort: Number(process.env.IDP_PORT ?? 4282),
  dashboardOrigins: [process.env.DASHBOARD_ORIGIN ?? 'http://localhost:4280'],
  partnerCenter: settings,
  log: (line) => {
    console.log(line);
  },
});

const { identityProvider, partnerCenter } = services;
console.log(
  `Identity provider listening on ${identityProvider.url} (issuer ${identityProvider.issuer})`,
);
console.log(
  `Partner Center emulator listening on ${partnerCenter.url} (API under /v1; seed ${String(settings.seed)}, ` +
    `${settings.linkStyle} links, test mode ${settings.testMode ? 'on' : 'off'})`,
);

function shutDown(signal: NodeJS.Signals): void {
  console.log(`${signal} received, closing the local services`);
  services.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('The local services did not close cleanly', error);
      process.exit(1);
    },
  );
}

process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
