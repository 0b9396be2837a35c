/**
 * `npm start`: the built dashboard (dist/) behind its production server, in front of the local
 * identity provider and Partner Center emulator with demo data.
 */
import { createDashboardServer } from '../server/create-dashboard-server';
import { apiBasePath, closeOnSignals, startLocalStack } from './local-stack';

const stack = await startLocalStack();
const dashboard = await createDashboardServer({
  port: stack.dashboardPort,
  host: 'localhost',
  distDir: process.env.DIST_DIR ?? 'dist',
  runtimeConfig: stack.runtimeConfig,
  apiBasePath,
  upstreamOrigin: stack.services.partnerCenter.url,
  authorityOrigin: stack.authorityOrigins,
  log: (line) => {
    console.log(`[dashboard] ${line}`);
  },
});

console.log(`
  Zero-Touch Batches is running at ${stack.dashboardUrl}
  Sign in as one of the demo accounts on the sign-in page. Press Ctrl+C to stop.
`);

closeOnSignals(async () => {
  await dashboard.close();
  await stack.services.close();
});
