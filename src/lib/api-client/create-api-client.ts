import type { z } from 'zod/mini';
import { abortableSleep, type Sleep } from '@/lib/api-client/abortable-sleep';
import { buildRequestHeaders } from '@/lib/api-client/build-request-headers';
import { formatApiBase, parseApiBase } from '@/lib/api-client/api-base';
import { isPartnerCenterError, PartnerCenterError } from '@/lib/api-client/api-error';
import { createGuid } from '@/lib/api-client/create-guid';
import { isIdempotent, type HttpMethod } from '@/lib/api-client/http-method';
import { unrepeatableRequestFailure } from '@/lib/api-client/outcome-unknown-error';
import { readResponse, type AnswerSource, type ApiResponse } from '@/lib/api-client/read-response';
import { readSendResponse, type SendResponse } from '@/lib/api-client/read-send-response';
import type { RequestIds } from '@/lib/api-client/request-ids';
import { resolveRequestUrl } from '@/lib/api-client/resolve-request-url';
import {
  defaultRetryOptions,
  planRetry,
  type RetryOptions,
  type RetryScheduledEvent,
} from '@/lib/api-client/retry-policy';
import { sendAttempt, type AttemptAnswer } from '@/lib/api-client/send-attempt';
import type { Link } from '@/lib/partner-center/link-schema';

export interface ApiClientOptions {
  /** Absolute URL, or a same-origin path such as `/api/partner-center` (the forwarding proxy). */
  apiBase: string;
  /** The sign-in code's token source (MSAL); `forceRefresh` after the API answered 401. */
  getAccessToken: (options: { forceRefresh: boolean }) => Promise<string>;
  /** Sent as `X-Locale`, read per request so a language switch applies at once (e.g. `nl-NL`). */
  getLocale: () => string;
  /**
   * `MS-CorrelationId` for every request of this client, a new GUID by default: one sign-in
   * session is one user action as far as support is concerned, so every request of a page, its
   * retries, its pages and a later "Try again" stay findable together (docs/partner-center-api.md §4).
   */
  correlationId?: string;
  fetch?: typeof fetch;
  retry?: Partial<RetryOptions>;
  /** Per attempt, body included. Default 30 s. */
  timeoutMs?: number;
  onRetryScheduled?: (event: RetryScheduledEvent) => void;
  sleep?: Sleep;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra headers, e.g. `MS-ContinuationToken`; they override a link's headers, never the client's. */
  headers?: Record<string, string>;
  /** The target's uri is a bare path such as a `devicesLink` (see `resolveApiLink`). */
  pathOnlyLink?: boolean;
}

export interface SendOptions<S extends z.ZodMiniType> extends RequestOptions {
  /** Sent as JSON (`Content-Type: application/json`); leave it out for a request without a body. */
  body?: unknown;
  /** Validates the answer's body; leave it out when the status and `Location` are the answer. */
  schema?: S;
}

export interface ApiClient {
  /** The absolute API base, without a trailing slash. */
  apiBase: string;
  correlationId: string;
  /** GETs a path (`buildApiPath(...)`) or a link and returns the data validated by `schema`. */
  get<S extends z.ZodMiniType>(
    target: string | Link,
    schema: S,
    options?: RequestOptions,
  ): Promise<z.output<S>>;
  /** As `get`, also returning the request's ids and URL (for paging and diagnostics). */
  request<S extends z.ZodMiniType>(
    target: string | Link,
    schema: S,
    options?: RequestOptions,
  ): Promise<ApiResponse<z.output<S>>>;
  /**
   * Sends any method, with an optional JSON body, and returns the status, headers (`location`),
   * ids and URL, plus the body validated by `schema` when there is one (an empty 201/202/204 has
   * none). GET, PUT and DELETE are retried like `get`; POST and PATCH are sent once, and fail with
   * an `OutcomeUnknownError` when it cannot be known whether the service acted (see
   * `unrepeatableRequestFailure`). A retried DELETE whose first answer was lost may answer 404:
   * the thing is gone either way, which the caller may treat as done.
   */
  send<S extends z.ZodMiniType = z.ZodMiniNever>(
    method: HttpMethod,
    target: string | Link,
    options?: SendOptions<S>,
  ): Promise<SendResponse<z.output<S>>>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Reads one attempt's answer into the caller's result, or throws a PartnerCenterError. */
type ReadAnswer<T> = (answer: AttemptAnswer, source: AnswerSource) => T;

/**
 * The one module that sends requests to Partner Center. Every attempt carries the bearer token,
 * `Accept`, its own `MS-RequestId` (the headers page says to reset it after each response, so a
 * retry has a new one), the client's `MS-CorrelationId` and `X-Locale`; failures of idempotent
 * requests are retried per `planRetry`, a POST or PATCH is never sent twice for them; a 401 forces
 * one token refresh and one resend, for every method (the API refused the token before acting).
 * An error carries the ids of the attempt that failed, the one support can find. `getAccessToken`
 * errors pass through untouched, so the sign-in code can react to its own errors.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = parseApiBase(options.apiBase);
  const correlationId = options.correlationId ?? createGuid();
  const retry = { ...defaultRetryOptions, ...options.retry };
  const sleep = options.sleep ?? abortableSleep;
  // Looked up per call, so a fetch patched later (MSW, devtools) is used.
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function exchange<T>(
    method: HttpMethod,
    target: string | Link,
    body: string | undefined,
    { signal, headers, pathOnlyLink }: RequestOptions,
    read: ReadAnswer<T>,
  ): Promise<T> {
    let ids: RequestIds = { requestId: createGuid(), correlationId };
    const uri = typeof target === 'string' ? target : target.uri;
    const url = resolveRequestUrl(uri, base, pathOnlyLink ?? false, ids, method);
    const linkHeaders = typeof target === 'string' ? [] : target.headers;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const repeatable = isIdempotent(method);

    let retriesDone = 0;
    let forceRefresh = false;
    let refreshed = false;
    let attemptsSent = 0;
    for (;;) {
      // Cancelled before this attempt: the error names the attempt before it, if any was sent.
      throwIfAborted(signal, method, url, ids);
      const token = await options.getAccessToken({ forceRefresh });
      forceRefresh = false;
      throwIfAborted(signal, method, url, ids);
      // A new MS-RequestId for every attempt, retries included: the service logs each on its own.
      if (attemptsSent++ > 0) ids = { requestId: createGuid(), correlationId };
      try {
        const requestHeaders = buildRequestHeaders({
          linkHeaders,
          callerHeaders: headers ?? {},
          token,
          ids,
          locale: options.getLocale(),
          jsonBody: body !== undefined,
        });
        const answer = await sendAttempt({
          fetch: fetchImpl,
          method,
          url,
          headers: requestHeaders,
          body,
          timeoutMs,
          signal,
          ids,
        });
        return read(answer, { url: url.href, method, sent: ids });
      } catch (error) {
        if (!isPartnerCenterError(error)) throw error;
        if (error.status === 401 && error.kind === 'http' && !refreshed) {
          refreshed = forceRefresh = true;
          continue;
        }
        if (!repeatable) throw unrepeatableRequestFailure(error);
        const plan = planRetry(error, retriesDone, retry);
        if (!plan) throw error;
        retriesDone += 1;
        options.onRetryScheduled?.({ ...plan, attempt: retriesDone, requestId: ids.requestId });
        await sleep(plan.delayMs, signal);
      }
    }
  }

  function request<S extends z.ZodMiniType>(
    target: string | Link,
    schema: S,
    requestOptions: RequestOptions = {},
  ): Promise<ApiResponse<z.output<S>>> {
    return exchange('GET', target, undefined, requestOptions, ({ response, bodyText }, source) =>
      readResponse(response, bodyText, schema, source.url, source.sent, source.method),
    );
  }

  async function send<S extends z.ZodMiniType = z.ZodMiniNever>(
    method: HttpMethod,
    target: string | Link,
    { body, schema, ...requestOptions }: SendOptions<S> = {},
  ): Promise<SendResponse<z.output<S>>> {
    if (method === 'GET' && body !== undefined) {
      throw new TypeError('A GET request cannot carry a body.');
    }
    // Serialised once: a resend after a 401 carries exactly the same bytes.
    const json = body === undefined ? undefined : JSON.stringify(body);
    return exchange(method, target, json, requestOptions, ({ response, bodyText }, source) =>
      readSendResponse(response, bodyText, schema, source),
    );
  }

  return {
    apiBase: formatApiBase(base),
    correlationId,
    request,
    send,
    get: async (target, schema, requestOptions) =>
      (await request(target, schema, requestOptions)).data,
  };
}

function throwIfAborted(
  signal: AbortSignal | undefined,
  method: HttpMethod,
  url: URL,
  ids: RequestIds,
): void {
  if (signal?.aborted) {
    throw new PartnerCenterError({ kind: 'aborted', method, url: url.href, ...ids });
  }
}
