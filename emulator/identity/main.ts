/**
 * Runs the local identity provider alone, for manual checks:
 *   IDP_PORT=4282 DASHBOARD_ORIGIN=http://localhost:4280 npx tsx emulator/identity/main.ts
 * `npm start` and the end-to-end tests start it together with the other local servers.
 */
import { createIdentityProvider } from './identity-provider';

const port = Number(process.env.IDP_PORT ?? 4282);
const dashboardOrigin = process.env.DASHBOARD_ORIGIN ?? 'http://localhost:4280';
const log = (line: string): void => {
  console.log(`[identity] ${line}`);
};

const provider = await createIdentityProvider({
  port,
  redirectUris: [`${dashboardOrigin}/`, `${dashboardOrigin}/redirect.html`],
  postLogoutRedirectUris: [`${dashboardOrigin}/`],
  log,
});

log(`listening on ${provider.url}, issuer ${provider.issuer}`);
log(`MSAL authority ${provider.authority}, knownAuthorities ["${new URL(provider.url).host}"]`);
log(`MSAL authorityMetadata ${provider.authorityMetadata}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    provider.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
