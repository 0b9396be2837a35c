/** A dashboard server on a free port, with test defaults for what a test does not set. */
import { createDashboardServer, type DashboardServerOptions } from '../create-dashboard-server.js';

export const testAuthority = 'https://login.example.test';
export const testRuntimeConfig = { apiBase: '/api/partner-center', auth: { clientId: 'test' } };

export function startTestServer(options: Partial<DashboardServerOptions> & { distDir: string }) {
  return createDashboardServer({
    port: 0,
    runtimeConfig: testRuntimeConfig,
    apiBasePath: '/api/partner-center',
    // Nothing listens on port 9: a request that gets there by mistake fails loudly.
    upstreamOrigin: 'http://127.0.0.1:9',
    authorityOrigin: testAuthority,
    ...options,
  });
}
