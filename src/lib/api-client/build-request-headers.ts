import type { RequestIds } from '@/lib/api-client/request-ids';
import type { LinkHeader } from '@/lib/partner-center/link-schema';

export interface RequestHeaderParts {
  /** A link's own headers, e.g. `MS-ContinuationToken` on `links.next`. */
  linkHeaders: readonly LinkHeader[];
  /** The caller's extra headers; they override the link's. */
  callerHeaders: Record<string, string>;
  token: string;
  ids: RequestIds;
  locale: string;
  /** The request carries a JSON body: `Content-Type: application/json`. */
  jsonBody?: boolean;
}

/**
 * The headers of one attempt (docs/partner-center-api.md §4). The client's own headers are set last, so neither a
 * link from a response nor a caller can replace the token, the ids, the locale or the body's type.
 */
export function buildRequestHeaders(parts: RequestHeaderParts): Headers {
  const headers = new Headers();
  for (const { key, value } of parts.linkHeaders) headers.set(key, value);
  for (const [key, value] of Object.entries(parts.callerHeaders)) headers.set(key, value);
  headers.set('Authorization', `Bearer ${parts.token}`);
  headers.set('Accept', 'application/json');
  headers.set('MS-RequestId', parts.ids.requestId);
  headers.set('MS-CorrelationId', parts.ids.correlationId);
  headers.set('X-Locale', parts.locale);
  if (parts.jsonBody) headers.set('Content-Type', 'application/json');
  return headers;
}
