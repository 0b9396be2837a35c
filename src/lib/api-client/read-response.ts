import type { z } from 'zod/mini';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import { responseIds, type RequestIds } from '@/lib/api-client/request-ids';
import { errorBodySchema } from '@/lib/partner-center/error-body-schema';

/** A validated answer plus the ids to quote to support. */
export interface ApiResponse<T> extends RequestIds {
  data: T;
  url: string;
}

/**
 * Turns one HTTP answer into data or a PartnerCenterError: a redirect is refused (`foreign-link`,
 * the token must not follow it), an error status becomes `http` with the body's code and
 * description when it has one, and a body that is not JSON or fails `schema` is `invalid-response`.
 */
export function readResponse<S extends z.ZodMiniType>(
  response: Response,
  bodyText: string,
  schema: S,
  url: string,
  sent: RequestIds,
): ApiResponse<z.output<S>> {
  const ids = responseIds(response, sent);
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    const location = response.headers.get('Location') ?? url;
    throw new PartnerCenterError({
      kind: 'foreign-link',
      url: location,
      status: response.status,
      ...ids,
    });
  }
  if (!response.ok) {
    throw new PartnerCenterError({
      kind: 'http',
      url,
      status: response.status,
      retryAfterSeconds: parseRetryAfterSeconds(response.headers.get('Retry-After')),
      ...describeErrorBody(bodyText, response.statusText),
      ...ids,
    });
  }
  let json: unknown;
  try {
    json = parseJsonBody(bodyText);
  } catch (cause) {
    throw new PartnerCenterError({ kind: 'invalid-response', url, cause, ...ids });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new PartnerCenterError({ kind: 'invalid-response', url, cause: parsed.error, ...ids });
  }
  return { data: parsed.data, url, ...ids };
}

/**
 * Parses a body after dropping a UTF-8 byte order mark, which Partner Center bodies may start
 * with (docs/partner-center-api.md §4). `fetch`'s `text()` already drops one, but not every fetch a test or proxy
 * plugs in does.
 */
export function parseJsonBody(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

/** Code and description from either error body form (API or gateway), if the body is one. */
function describeErrorBody(
  bodyText: string,
  statusText: string,
): { code?: number | string; description?: string } {
  const body = errorBodySchema.safeParse(parseJsonOrUndefined(bodyText));
  if (!body.success) return { description: statusText || undefined };
  if ('code' in body.data) {
    return {
      code: body.data.code,
      description: body.data.description ?? (statusText || undefined),
    };
  }
  return { description: body.data.message };
}

/** `Retry-After` as seconds: either delta-seconds or an HTTP date. */
export function parseRetryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return parseJsonBody(text);
  } catch {
    return undefined;
  }
}
