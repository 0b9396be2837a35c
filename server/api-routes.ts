/**
 * The Partner Center API calls the dashboard makes, and the only ones the server forwards. Any
 * other path is answered 404, any other method on a listed path 405, without calling the API: the
 * forwarder cannot be used to reach the rest of the API with a user's token.
 *
 * Literal segments match case-insensitively (the API's paths do); `{name}` matches exactly one
 * non-empty path segment, still percent-encoded (`Test%20batch%2F2` is one segment).
 */
export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRoute {
  readonly path: string;
  readonly methods: readonly ApiMethod[];
}

export const apiRoutes: readonly ApiRoute[] = [
  { path: '/v1/customers', methods: ['GET'] },
  { path: '/v1/customers/{customerId}', methods: ['GET'] },
  { path: '/v1/customers/{customerId}/deviceBatches', methods: ['GET', 'POST'] },
  { path: '/v1/customers/{customerId}/deviceBatches/{batchId}/devices', methods: ['GET', 'POST'] },
  {
    path: '/v1/customers/{customerId}/deviceBatches/{batchId}/devices/{deviceId}',
    methods: ['DELETE'],
  },
  { path: '/v1/customers/{customerId}/batchJobStatus/{trackingId}', methods: ['GET'] },
  { path: '/v1/customers/{customerId}/policies', methods: ['GET', 'POST'] },
  { path: '/v1/customers/{customerId}/policies/{policyId}', methods: ['GET', 'PUT', 'DELETE'] },
  { path: '/v1/customers/{customerId}/DevicePolicyUpdates', methods: ['PATCH'] },
];

/** Methods whose request carries a JSON body to forward. */
export const methodsWithBody: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);

export type ApiRouteMatch =
  | { readonly kind: 'forward' }
  | { readonly kind: 'unknown-path' }
  | { readonly kind: 'wrong-method'; readonly allow: string };

const isParameter = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

function pathMatches(pattern: string, path: string): boolean {
  const expected = pattern.split('/');
  const actual = path.split('/');
  return (
    expected.length === actual.length &&
    expected.every((segment, index) => {
      const candidate = actual[index] ?? '';
      if (isParameter(segment)) return candidate !== '';
      return segment.toLowerCase() === candidate.toLowerCase();
    })
  );
}

/** `path` is the raw path after the API base path (`/v1/customers/c1`), without the query. */
export function matchApiRoute(method: string, path: string): ApiRouteMatch {
  const route = apiRoutes.find((candidate) => pathMatches(candidate.path, path));
  if (!route) return { kind: 'unknown-path' };
  if ((route.methods as readonly string[]).includes(method)) return { kind: 'forward' };
  return { kind: 'wrong-method', allow: route.methods.join(', ') };
}
