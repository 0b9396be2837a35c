import { PartnerCenterError } from '@/lib/api-client/api-error';
import type { HttpMethod } from '@/lib/api-client/http-method';
import type { RequestIds } from '@/lib/api-client/request-ids';

export interface AttemptRequest {
  fetch: typeof fetch;
  method: HttpMethod;
  url: URL;
  headers: Headers;
  /** The JSON text to send, serialised once so a resend carries the same bytes. */
  body?: string | undefined;
  timeoutMs: number;
  /** The caller's signal: aborting it cancels this attempt. */
  signal: AbortSignal | undefined;
  ids: RequestIds;
}

export interface AttemptAnswer {
  response: Response;
  bodyText: string;
}

/**
 * Sends one request and reads its body under a per-attempt timeout. A failure to get an answer
 * becomes `aborted` (the caller cancelled), `timeout`, or `network`; any answer, whatever its
 * status, is returned. Redirects are not followed, so the token cannot travel with one. Whether a
 * failure may be retried is the caller's decision (`isIdempotent`): from here, a lost POST looks
 * the same as a lost GET.
 */
export async function sendAttempt(request: AttemptRequest): Promise<AttemptAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  const cancel = () => controller.abort();
  request.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const response = await request.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      redirect: 'manual',
      signal: controller.signal,
    });
    return { response, bodyText: await response.text() };
  } catch (cause) {
    // Our controller aborts for the caller's signal or for the timer: the caller's wins.
    const kind = request.signal?.aborted
      ? 'aborted'
      : controller.signal.aborted
        ? 'timeout'
        : 'network';
    throw new PartnerCenterError({
      kind,
      method: request.method,
      url: request.url.href,
      cause,
      ...request.ids,
    });
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', cancel);
  }
}
