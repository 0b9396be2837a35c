/**
 * The environment `npm run serve` (the production server, server/README.md "Environment
 * variables") needs to use the local identity provider and Partner Center emulator, as shell
 * lines to paste: a newcomer should not have to read source to find them.
 */
import { dashboardClientId } from './identity/dashboard-client';
import type { IdentityProvider } from './identity/identity-provider';
import { adminAgentsGroupId } from './identity/partner-groups';

export interface LocalServerUrls {
  readonly identityProvider: Pick<IdentityProvider, 'authority' | 'authorityMetadata'>;
  /** The emulator's origin, e.g. `http://127.0.0.1:4281`. */
  readonly partnerCenterUrl: string;
  /** Where the dashboard will be opened, e.g. `http://localhost:4280`. */
  readonly dashboardOrigin: string;
}

export function serveEnvironment(urls: LocalServerUrls): Record<string, string> {
  const { authority, authorityMetadata } = urls.identityProvider;
  return {
    PORT: new URL(urls.dashboardOrigin).port || '80',
    PARTNER_CENTER_ORIGIN: urls.partnerCenterUrl,
    AUTH_CLIENT_ID: dashboardClientId,
    AUTH_AUTHORITY: authority,
    // MSAL trusts the authority's host without asking login.microsoftonline.com about it.
    AUTH_KNOWN_AUTHORITIES: new URL(authority).host,
    // The endpoints themselves are plain http (see identity/README.md).
    AUTH_AUTHORITY_METADATA: authorityMetadata,
    // The demo accounts' ID tokens carry `groups`: the dashboard knows the Admin agents up front.
    AUTH_ADMIN_AGENTS_GROUP_ID: adminAgentsGroupId,
  };
}

/** `'…'`, with each `'` written as `'\''`: nothing inside is expanded by the shell. */
export const shellQuote = (value: string): string => `'${value.replaceAll("'", `'\\''`)}'`;

export function shellAssignments(env: Readonly<Record<string, string>>): string {
  return Object.entries(env)
    .map(([name, value]) => `export ${name}=${shellQuote(value)}`)
    .join('\n');
}

/** The block `npm run emulator` prints. */
export function serveInstructions(urls: LocalServerUrls): string {
  return [
    'To serve the built dashboard (npm run build) against these with the production server, paste',
    `these lines into the shell that runs \`npm run serve\`, then open ${urls.dashboardOrigin}:`,
    '',
    shellAssignments(serveEnvironment(urls)),
    '',
  ].join('\n');
}
