import type { z } from 'zod/mini';
import { checkAnswer, parseAnswerBody, type AnswerSource } from '@/lib/api-client/read-response';
import type { RequestIds } from '@/lib/api-client/request-ids';

/** The answer to `ApiClient.send`: what a write's caller needs to follow it up and to quote to support. */
export interface SendResponse<T> extends RequestIds {
  /** 200, 201, 202 or 204 (any 2xx). */
  status: number;
  /** The request's URL. */
  url: string;
  /** The answer's headers; `location` is the one the write calls need. */
  headers: Headers;
  /**
   * `Location` as sent, e.g. `/customers/{id}/batchJobStatus/{trackingId}` after an upload
   * (docs/partner-center-api.md §15). Resolve it with `resolveLocationPath`, never by concatenation.
   */
  location: string | undefined;
  /** The body validated by the schema; undefined without a schema or for an empty 201/202/204. */
  data: T | undefined;
}

/** Statuses whose answer may have no body: created, accepted (a batch job), no content. */
const MAY_BE_EMPTY = new Set([201, 202, 204]);

/**
 * Reads the answer to a write. Errors are those of `readResponse`. A 204, or an empty 201/202 (an
 * upload's 202 has no body), gives no data and is not parsed; any other body is parsed with
 * `schema` when one is given, so a 200 that should carry the resource but is empty fails as
 * `invalid-response`. Without a schema the body is not read.
 */
export function readSendResponse<S extends z.ZodMiniType>(
  response: Response,
  bodyText: string,
  schema: S | undefined,
  source: AnswerSource,
): SendResponse<z.output<S>> {
  const ids = checkAnswer(response, bodyText, source);
  const empty =
    response.status === 204 || (MAY_BE_EMPTY.has(response.status) && bodyText.trim() === '');
  return {
    status: response.status,
    url: source.url,
    headers: response.headers,
    location: response.headers.get('Location') ?? undefined,
    data: schema && !empty ? parseAnswerBody(response, bodyText, schema, source, ids) : undefined,
    ...ids,
  };
}
