import { z } from 'zod';

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
  .regex(/^[a-z0-9.-]+(:\d{1,5})?$/i, 'must be a host name, optionally with :port (not a URL)');

const apiBase = z
  .string({ error: unlessMissing('must be a string') })
  .min(1, 'is required')
  .refine(
    (value) => /^\/[^/]/.test(value) || /^https?:\/\/[^/]+/.test(value),
    'must be a path on this site (like /api/partner-center) or an http(s) URL',
  )
  .transform((value) => value.replace(/\/+$/, ''));

const jsonString = z.string().refine((value) => {
  try {
    return typeof JSON.parse(value) === 'object';
  } catch {
    return false;
  }
}, 'must be a JSON object in a string');

export const runtimeConfigSchema = z.object({
  apiBase,
  auth: z.object({
    clientId: z.guid({ error: unlessMissing('must be the application (client) id, a GUID') }),
    authority: absoluteHttpsUrl,
    knownAuthorities: z.array(hostWithOptionalPort).default([]),
    scopes: z.array(z.string().min(1)).min(1, 'needs at least one scope'),
    redirectUri: z.string().min(1, 'is required'),
    postLogoutRedirectUri: z.string().min(1).default('/'),
    authorityMetadata: jsonString.optional(),
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
  const result = runtimeConfigSchema.safeParse(raw);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      setting: issue.path.map(String).join('.') || '(the whole file)',
      problem: isMissing(issue) ? 'is missing' : issue.message,
    })),
  };
}

function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
}
