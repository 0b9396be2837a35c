import { z } from 'zod/mini';

/**
 * The dashboard's runtime configuration, served by the same-origin server at `/config.json` so that
 * one build can serve several environments (local servers, a real Entra ID tenant and Partner Center).
 */
/** A custom message for a malformed value, while a missing one still says "is missing". */
const unlessMissing =
  (text: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is missing' : text;

const absoluteHttpsUrl = z.url({
  protocol: /^https$/,
  error: unlessMissing('must be an https:// URL'),
});

const hostWithOptionalPort = z
  .string()
  .check(
    z.regex(/^[a-z0-9.-]+(:\d{1,5})?$/i, 'must be a host name, optionally with :port (not a URL)'),
  );

const apiBase = z.pipe(
  z.string({ error: unlessMissing('must be a string') }).check(
    z.minLength(1, 'is required'),
    z.refine(
      (value) => /^\/[^/]/.test(value) || /^https?:\/\/[^/]+/.test(value),
      'must be a path on this site (like /api/partner-center) or an http(s) URL',
    ),
  ),
  z.transform((value) => value.replace(/\/+$/, '')),
);

const jsonString = z.string().check(
  z.refine((value) => {
    try {
      return typeof JSON.parse(value) === 'object';
    } catch {
      return false;
    }
  }, 'must be a JSON object in a string'),
);

export const runtimeConfigSchema = z.object({
  apiBase,
  auth: z.object({
    clientId: z.guid({ error: unlessMissing('must be the application (client) id, a GUID') }),
    authority: absoluteHttpsUrl,
    knownAuthorities: z._default(z.array(hostWithOptionalPort), []),
    scopes: z
      .array(z.string().check(z.minLength(1, 'is empty')))
      .check(z.minLength(1, 'needs at least one scope')),
    redirectUri: z.string().check(z.minLength(1, 'is required')),
    postLogoutRedirectUri: z._default(z.string().check(z.minLength(1, 'is empty')), '/'),
    authorityMetadata: z.optional(jsonString),
    /**
     * The object id of the partner tenant's "AdminAgents" security group. With it, and a `groups`
     * claim in the ID token, the dashboard knows before a write whether the user is an Admin agent;
     * without it the role is unknown and the API decides (src/lib/auth/partner-role.ts).
     */
    adminAgentsGroupId: z.optional(
      z.guid({ error: unlessMissing('must be the object id of the AdminAgents group, a GUID') }),
    ),
  }),
});

export type RuntimeConfig = z.output<typeof runtimeConfigSchema>;

export interface ConfigurationProblem {
  /** The setting's path, e.g. `auth.clientId`. */
  readonly setting: string;
  readonly problem: string;
}

export type RuntimeConfigResult =
  | { readonly ok: true; readonly config: RuntimeConfig }
  | { readonly ok: false; readonly problems: readonly ConfigurationProblem[] };

/** Validates raw configuration, naming every setting that is missing or malformed. */
export function parseRuntimeConfig(raw: unknown): RuntimeConfigResult {
  const result = runtimeConfigSchema.safeParse(raw, { error: describeIssue });
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      setting: issue.path.map(String).join('.') || '(the whole file)',
      problem: issue.message,
    })),
  };
}

/**
 * Words for the problems that have none of their own above. zod/mini ships without messages (it
 * is on the first page's critical path, so it stays small): these few cover a configuration file.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  if (issue.input === undefined) return 'is missing';
  if (issue.code === 'invalid_type') return `must be ${withArticle(issue.expected)}`;
  return 'is not valid';
}

const withArticle = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
