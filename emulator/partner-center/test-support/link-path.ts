/**
 * The request path a client makes of a link's uri, by the .NET SDK's rule
 * (docs/partner-center-api.md §1.3): `/v1` in front unless the path already starts with it.
 */
export const linkPath = (uri: string): string => (/^\/v1(?:[/?]|$)/i.test(uri) ? uri : `/v1${uri}`);

/** A link's headers as request headers (`MS-ContinuationToken` on `links.next`). */
export const linkHeaders = (
  headers: readonly { readonly key: string; readonly value: string }[] = [],
): Record<string, string> => Object.fromEntries(headers.map(({ key, value }) => [key, value]));
