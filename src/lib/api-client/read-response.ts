import type { z } from 'zod/mini';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import { responseIds, type RequestIds } from '@/lib/api-client/request-ids';
import { errorBodySchema } from '@/lib/partner-center/error-body-schema';

/** A validated answer plus the ids to quote to support. */
export interface ApiResponse<T> extends RequestIds {
  data: T;
  url: string;
}

/** Where an answer came from: the request's URL and method, and the ids the client sent. */
export interface AnswerSource {
  url: string;
  method: string;
  sent: RequestIds;
}

/**
 * Turns one HTTP answer into data or a PartnerCenterError (see `checkAnswer`); a body that is not
 * JSON or fails `schema` is `invalid-response`.
 */
export function readResponse<S extends z.ZodMiniType>(
  response: Response,
  bodyText: string,
  schema: S,
  url: string,
  sent: RequestIds,
  method = 'GET',
): ApiResponse<z.output<S>> {
  const source = { url, method, sent };
  const ids = checkAnswer(response, bodyText, source);
  return { data: parseAnswerBody(response, bodyText, schema, source, ids), url, ...ids };
}

/**
 * Accepts a successful answer and returns its ids, or throws: a redirect is refused
 * (`foreign-link`, the token must not follow it), and an error status becomes `http` with the
 * body's code and description when it has one.
 */
export function checkAnswer(
  response: Response,
  bodyText: string,
  source: AnswerSource,
): RequestIds {
  const { url, method } = source;
  const ids = responseIds(response, source.sent);
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    const location = response.headers.get('Location') ?? url;
    throw new PartnerCenterError({
      kind: 'foreign-link',
      method,
      url: location,
      status: response.status,
      ...ids,
    });
  }
  if (!response.ok) {
    throw new PartnerCenterError({
      kind: 'http',
      method,
      url,
      status: response.status,
      retryAfterSeconds: parseRetryAfterSeconds(response.headers.get('Retry-After')),
      ...describeErrorBody(bodyText, response.statusText),
      ...ids,
    });
  }
  return ids;
}

/**
 * The body of a successful answer, validated by `schema`; `invalid-response` when it is not JSON or
 * has another shape. For a write the error also carries the 2xx status: the service accepted the
 * write, so the UI must not offer to send it again. A read's error stays as it always was.
 */
export function parseAnswerBody<S extends z.ZodMiniType>(
  response: Response,
  bodyText: string,
  schema: S,
  { url, method }: AnswerSource,
  ids: RequestIds,
): z.output<S> {
  const failure = {
    kind: 'invalid-response',
    method,
    url,
    status: method === 'GET' ? undefined : response.status,
    ...ids,
  } as const;
  let json: unknown;
  try {
    json = parseJsonBody(bodyText);
  } catch (cause) {
    throw new PartnerCenterError({ ...failure, cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new PartnerCenterError({ ...failure, cause: parsed.error });
  return parsed.data;
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
