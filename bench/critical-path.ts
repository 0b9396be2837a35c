/**
 * What the batches request waited for: the requests of a bookmark load, sorted into the API, the
 * identity provider (tokens), the runtime configuration and the app's own files.
 */
import type { TimedRequest } from './page-timeline';

export type RequestKind = 'api' | 'token' | 'config' | 'asset';

export interface Origins {
  readonly dashboard: string;
  readonly identityProvider: string;
  /** E.g. `/api/partner-center/`. */
  readonly apiPath: string;
}

export function classifyRequest(url: string, origins: Origins): RequestKind {
  const parsed = new URL(url);
  if (parsed.origin === origins.identityProvider) return 'token';
  if (parsed.origin !== origins.dashboard) return 'asset';
  if (parsed.pathname.startsWith(origins.apiPath)) return 'api';
  return parsed.pathname === '/config.json' ? 'config' : 'asset';
}

const batchesPath = /\/customers\/[^/]+\/deviceBatches$/;
const customerPath = /\/customers\/[^/]+$/;

export interface CriticalPath {
  /** API requests started before the rows were shown. */
  readonly apiRequests: number;
  /** API responses that had arrived before the batches request started: round trips it waited for. */
  readonly apiRoundTripsBeforeBatches: number;
  /** Identity provider responses that had arrived before the batches request started. */
  readonly tokenRoundTripsBeforeBatches: number;
  /** Whether the customer's own request (its name) overlapped the batches request. */
  readonly customerInParallel: boolean | undefined;
  /** When the batches request started and ended, on the page's clock. */
  readonly batchesStart: number;
  readonly batchesEnd: number;
  /** When the runtime configuration arrived, the last step before any token or API call. */
  readonly configEnd: number | undefined;
}

export function analyseCriticalPath(
  requests: readonly TimedRequest[],
  rowsShown: number,
  origins: Origins,
): CriticalPath {
  const before = requests.filter((request) => request.start < rowsShown);
  const kind = (request: TimedRequest) => classifyRequest(request.url, origins);
  const pathOf = (request: TimedRequest) => new URL(request.url).pathname;
  const api = before.filter((request) => kind(request) === 'api');
  const batches = api.find((request) => batchesPath.test(pathOf(request)));
  if (!batches) throw new Error('no batches request before the rows were shown');
  const customer = api.find((request) => customerPath.test(pathOf(request)));
  const endedBeforeBatches = (request: TimedRequest) => request.end <= batches.start;
  return {
    apiRequests: api.length,
    apiRoundTripsBeforeBatches: api.filter(endedBeforeBatches).length,
    tokenRoundTripsBeforeBatches: before.filter(
      (request) => kind(request) === 'token' && endedBeforeBatches(request),
    ).length,
    customerInParallel: customer && customer.start < batches.end && batches.start < customer.end,
    batchesStart: batches.start,
    batchesEnd: batches.end,
    configEnd: before.find((request) => kind(request) === 'config')?.end,
  };
}
