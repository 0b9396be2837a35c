/**
 * `npm run emulator`: the local identity provider and Partner Center API, configured from the
 * environment (see emulator/README.md), printing the settings `npm run serve` needs to use them and
 * one line per request until SIGINT or SIGTERM.
 */
import { startLocalServices } from './local-services';
import { readEmulatorEnv } from './partner-center/emulator-env';
import { formatServedRequest, labelled } from './served-request';
import { serveInstructions } from './serve-settings';

let settings: ReturnType<typeof readEmulatorEnv>;
try {
  settings = readEmulatorEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// `npm run serve` listens on port 4280 and answers as localhost and 127.0.0.1 alike.
const dashboardOrigins =
  process.env.DASHBOARD_ORIGIN === undefined || process.env.DASHBOARD_ORIGIN === ''
    ? ['http://localhost:4280', 'http://127.0.0.1:4280']
    : [process.env.DASHBOARD_ORIGIN];

const services = await startLocalServices({
  identityProviderPort: Number(process.env.IDP_PORT ?? 4282),
  dashboardOrigins,
  partnerCenter: settings,
  log: {
    request: (server, request) => {
      const requestId = request.requestId === undefined ? '' : ` MS-RequestId=${request.requestId}`;
      console.log(labelled(server, formatServedRequest(request, { withQuery: true }) + requestId));
    },
    message: (server, text) => {
      console.log(labelled(server, text));
    },
  },
});

const { identityProvider, partnerCenter } = services;
console.log(
  `Identity provider listening on ${identityProvider.url} (issuer ${identityProvider.issuer})`,
);
console.log(
  `Partner Center emulator listening on ${partnerCenter.url} (API under /v1; ` +
    `seed ${String(settings.seed)}, ${settings.linkStyle} links, ` +
    `${settings.liveForms ? 'live' : 'documented'} forms, ` +
    `test mode ${settings.testMode ? 'on' : 'off'})`,
);
console.log(
  `\n${serveInstructions({
    identityProvider,
    partnerCenterUrl: partnerCenter.url,
    dashboardOrigin: dashboardOrigins[0] ?? 'http://localhost:4280',
  })}`,
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
