/**
 * The runtime configuration the dashboard fetches from /config.json, assembled from environment
 * variables, so one build runs against any tenant and API by configuration alone.
 */
import { z } from 'zod';
import { apiBasePathPattern } from './server-options.js';
import {
  commaList,
  hostList,
  optional,
  parseEnv,
  required,
  withDefault,
  type Env,
} from './env-parsing.js';

export interface RuntimeConfig {
  readonly apiBase: string;
  readonly auth: {
    readonly clientId: string;
    readonly authority: string;
    readonly knownAuthorities: readonly string[];
    readonly scopes: readonly string[];
    readonly redirectUri: string;
    readonly postLogoutRedirectUri: string;
    /** The provider's OpenID discovery document as a JSON string; MSAL then skips discovery. */
    readonly authorityMetadata?: string;
    /** The object id of the partner tenant's AdminAgents group: who may write is known up front. */
    readonly adminAgentsGroupId?: string;
  };
}

const authority = z.string().refine((value) => {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  // MSAL refuses an http:// authority; the path names the tenant.
  return (
    url?.protocol === 'https:' &&
    url.pathname.length > 1 &&
    !url.search &&
    !url.hash &&
    !url.username &&
    !url.password
  );
}, 'must be an https URL naming the tenant, e.g. https://login.microsoftonline.com/<tenant-id>');

const httpUrl = z.url({ protocol: /^https?$/ });

/** What the server reads of the discovery document: the endpoints the browser calls or opens. */
const discoveryDocument = z.object({
  authorization_endpoint: httpUrl.optional(),
  token_endpoint: httpUrl.optional(),
  end_session_endpoint: httpUrl.optional(),
});

function parseDiscoveryDocument(json: string) {
  try {
    return discoveryDocument.safeParse(JSON.parse(json)).data;
  } catch {
    return undefined;
  }
}

const authorityMetadata = z
  .string()
  .refine(
    (value) => parseDiscoveryDocument(value) !== undefined,
    'must be a JSON object (the OpenID discovery document) whose endpoints are http(s) URLs',
  );

/** Absolute path on this origin; `//host` would send the browser to another site. */
const redirectPath = z
  .string()
  .regex(/^\/(?![/\\])[^\s\\]*$/, 'must be a path on this site, starting with a single /');

export const runtimeConfigEnvSchema = z.object({
  API_BASE_PATH: withDefault(
    z.string().regex(apiBasePathPattern, 'must be a path such as /api/partner-center'),
    '/api/partner-center',
  ),
  AUTH_CLIENT_ID: required(z.string().regex(/^\S+$/, 'must not contain spaces')),
  AUTH_AUTHORITY: required(authority),
  AUTH_KNOWN_AUTHORITIES: optional(hostList),
  AUTH_SCOPES: withDefault(
    z
      .string()
      .transform((value) => value.replaceAll(/\s+/g, ','))
      .pipe(commaList(z.string())),
    'https://api.partnercenter.microsoft.com/user_impersonation',
  ),
  AUTH_AUTHORITY_METADATA: optional(authorityMetadata),
  AUTH_REDIRECT_PATH: withDefault(redirectPath, '/'),
  AUTH_ADMIN_AGENTS_GROUP_ID: optional(
    z.guid('must be the object id of the AdminAgents group, a GUID'),
  ),
});

export type RuntimeConfigEnv = z.output<typeof runtimeConfigEnvSchema>;

export function toRuntimeConfig(env: RuntimeConfigEnv): RuntimeConfig {
  return {
    apiBase: env.API_BASE_PATH,
    auth: {
      clientId: env.AUTH_CLIENT_ID,
      authority: env.AUTH_AUTHORITY,
      // MSAL wants host[:port] names; by default the authority's own host is the only one.
      knownAuthorities: env.AUTH_KNOWN_AUTHORITIES ?? [new URL(env.AUTH_AUTHORITY).host],
      scopes: env.AUTH_SCOPES,
      redirectUri: env.AUTH_REDIRECT_PATH,
      postLogoutRedirectUri: env.AUTH_REDIRECT_PATH,
      ...(env.AUTH_AUTHORITY_METADATA === undefined
        ? {}
        : { authorityMetadata: env.AUTH_AUTHORITY_METADATA }),
      ...(env.AUTH_ADMIN_AGENTS_GROUP_ID === undefined
        ? {}
        : { adminAgentsGroupId: env.AUTH_ADMIN_AGENTS_GROUP_ID }),
    },
  };
}

/**
 * Every origin the browser talks to for sign-in: the authority's, and those of the endpoints the
 * metadata names (the local identity provider serves them from another origin than its authority).
 */
export function identityProviderOrigins(config: RuntimeConfig): string[] {
  const endpoints = Object.values(
    parseDiscoveryDocument(config.auth.authorityMetadata ?? '{}') ?? {},
  );
  return [...new Set([config.auth.authority, ...endpoints].map((url) => new URL(url).origin))];
}

/** Checks the variables and assembles the configuration; throws naming every bad variable. */
export function buildRuntimeConfig(env: Env): RuntimeConfig {
  return toRuntimeConfig(parseEnv(runtimeConfigEnvSchema, env));
}
