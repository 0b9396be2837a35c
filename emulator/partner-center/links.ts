import type { LinkStyle } from './emulator-options';

export interface LinkHeader {
  readonly key: string;
  readonly value: string;
}

/**
 * A Link resource (docs/partner-center-api.md §5): a host-relative `uri`, the method, and the
 * headers to send with it. The live forms leave `headers` out on some links and write `body: null`
 * (the REST reference's form); the documented ones always have `headers` and never `body`.
 */
export interface Link {
  readonly uri: string;
  readonly method: 'GET';
  readonly headers?: readonly LinkHeader[];
  readonly body?: null;
}

/**
 * Builds links from a path without `/v1` (`/customers/{id}`). Paths are written as the service
 * writes them: batch ids raw, unencoded (`/deviceBatches/Test batch/devices`, §1.3, §6.4).
 */
export interface LinkFactory {
  /** A link inside an item: a customer's `self`, a batch's `devicesLink`. */
  item(path: string): Link;
  /** A collection's own `self` or `next`. */
  collection(path: string, headers?: readonly LinkHeader[]): Link;
}

const withV1 = (path: string): string => `/v1${path}`;
const asIs = (path: string): string => path;

/**
 * `mixed` writes what the docs' examples show within one response (§1.3): a collection's links with
 * `/v1` (`/v1/customers?size=40`), an item's links without (`/customers/{id}`,
 * `/customers/{id}/deviceBatches/Test batch/devices`). `relative` and `v1` put every link in one
 * form, for trying a client against each.
 */
export function createLinkFactory(style: LinkStyle): LinkFactory {
  const itemUri = style === 'v1' ? withV1 : asIs;
  const collectionUri = style === 'relative' ? asIs : withV1;
  return {
    item: (path) => ({ uri: itemUri(path), method: 'GET', headers: [] }),
    collection: (path, headers = []) => ({ uri: collectionUri(path), method: 'GET', headers }),
  };
}

export const continuationHeader = (token: string): readonly LinkHeader[] => [
  { key: 'MS-ContinuationToken', value: token },
];
