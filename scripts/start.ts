/**
 * `npm start`: the built dashboard (dist/) behind its production server, in front of the local
 * identity provider and Partner Center emulator with demo data.
 */
import { demoAccounts } from '../emulator/identity/demo-accounts';
import { createDashboardServer } from '../server/create-dashboard-server';
import { apiBasePath, closeOnSignals, startLocalStack } from './local-stack';
import { startupBanner } from './startup-banner';

const stack = await startLocalStack();
const dashboard = await createDashboardServer({
  port: stack.dashboardPort,
  host: 'localhost',
  distDir: process.env.DIST_DIR ?? 'dist',
  runtimeConfig: stack.runtimeConfig,
  apiBasePath,
  upstreamOrigin: stack.services.partnerCenter.url,
  authorityOrigin: stack.authorityOrigins,
  log: stack.log.dashboard,
});

console.log(
  startupBanner(
    {
      dashboard: stack.dashboardUrl,
      identityProvider: stack.services.identityProvider.url,
      partnerCenter: stack.services.partnerCenter.url,
    },
    demoAccounts,
  ),
);

closeOnSignals(async () => {
  await dashboard.close();
  await stack.services.close();
});
