/** Where the dashboard's API and the identity provider are, read from the served `/config.json`. */
import { dashboardOrigin } from './bench-ports';
import type { Origins } from './critical-path';

interface ServedConfig {
  readonly apiBase: string;
  readonly auth: { readonly authorityMetadata: string };
}

export async function readOrigins(): Promise<Origins> {
  const response = await fetch(`${dashboardOrigin}/config.json`);
  const config = (await response.json()) as ServedConfig;
  const metadata = JSON.parse(config.auth.authorityMetadata) as { token_endpoint: string };
  const api = new URL(config.apiBase, dashboardOrigin);
  if (api.origin !== dashboardOrigin) throw new Error('the API is not on the dashboard origin');
  return {
    dashboard: dashboardOrigin,
    identityProvider: new URL(metadata.token_endpoint).origin,
    apiPath: `${api.pathname.replace(/\/$/, '')}/`,
  };
}
