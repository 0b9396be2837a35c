import type { LinkStyle } from './emulator-options';

/** A Link resource (docs/partner-center-api.md §5): a host-relative `uri`, the method and headers to send with it. */
export interface Link {
  readonly uri: string;
  readonly method: 'GET';
  readonly headers: readonly { readonly key: string; readonly value: string }[];
}

export type LinkFactory = (path: string, headers?: Link['headers']) => Link;

/**
 * Builds links from a path without `/v1` (`/customers/{id}`). Paths are written as the service
 * writes them: batch ids raw, unencoded (`/deviceBatches/Test batch/devices`, docs/partner-center-api.md §6.4).
 */
export function createLinkFactory(style: LinkStyle): LinkFactory {
  return (path, headers = []) => ({
    uri: style === 'v1' ? `/v1${path}` : path,
    method: 'GET',
    headers,
  });
}

export const continuationHeader = (token: string): Link['headers'] => [
  { key: 'MS-ContinuationToken', value: token },
];
