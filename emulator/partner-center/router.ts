/**
 * The one router: patterns like `/v1/customers/:customerId/deviceBatches`, literal segments matched
 * case-insensitively (docs/partner-center-api.md §13), each path segment percent-decoded exactly
 * once, so a batch id `100%25%20refurb` arrives as `100% refurb` and `%2F` stays inside its
 * segment.
 */
export type RouteParams = Readonly<Record<string, string>>;

export interface Route<Handler> {
  readonly method: string;
  readonly pattern: string;
  readonly handler: Handler;
}

export type RouteMatch<Handler> =
  | { readonly kind: 'matched'; readonly handler: Handler; readonly params: RouteParams }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'malformed-path' };

const splitPath = (path: string): string[] => path.replace(/^\//, '').replace(/\/$/, '').split('/');

function decodeSegments(rawPath: string): string[] | undefined {
  try {
    return splitPath(rawPath).map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

function matchPattern(
  pattern: readonly string[],
  segments: readonly string[],
): RouteParams | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) {
      if (segment === '') return undefined;
      params[part.slice(1)] = segment;
    } else if (part.toLowerCase() !== segment.toLowerCase()) {
      return undefined;
    }
  }
  return params;
}

export function createRouter<Handler>(
  routes: readonly Route<Handler>[],
): (method: string, rawPath: string) => RouteMatch<Handler> {
  const compiled = routes.map((route) => ({ ...route, parts: splitPath(route.pattern) }));
  return (method, rawPath) => {
    const segments = decodeSegments(rawPath);
    if (segments === undefined) return { kind: 'malformed-path' };
    const candidates = compiled.flatMap((route) => {
      const params = matchPattern(route.parts, segments);
      return params === undefined ? [] : [{ route, params }];
    });
    const exact = candidates.find(({ route }) => route.method === method.toUpperCase());
    if (exact !== undefined)
      return { kind: 'matched', handler: exact.route.handler, params: exact.params };
    if (candidates.length > 0) {
      return { kind: 'method-not-allowed', allowed: candidates.map(({ route }) => route.method) };
    }
    return { kind: 'not-found' };
  };
}
