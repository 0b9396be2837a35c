/**
 * Every route of the dashboard and the one way to build a link to it. Ids are encoded here and only
 * here, so a batch named "R&D #3 100%" links to exactly that batch.
 */
const segment = (value: string): string => encodeURIComponent(value);

function withSearch(path: string, search?: URLSearchParams | string): string {
  const query = typeof search === 'string' ? search.replace(/^\?/, '') : (search?.toString() ?? '');
  return query ? `${path}?${query}` : path;
}

export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  customers: {
    path: '/customers',
    getHref: (search?: URLSearchParams | string) => withSearch('/customers', search),
  },
  customer: {
    path: '/customers/:customerId',
    getHref: (customerId: string) => `/customers/${segment(customerId)}`,
  },
  deviceBatches: {
    path: '/customers/:customerId/device-batches',
    getHref: (customerId: string, search?: URLSearchParams | string) =>
      withSearch(`/customers/${segment(customerId)}/device-batches`, search),
  },
  devices: {
    path: '/customers/:customerId/device-batches/:batchId/devices',
    getHref: (customerId: string, batchId: string, search?: URLSearchParams | string) =>
      withSearch(
        `/customers/${segment(customerId)}/device-batches/${segment(batchId)}/devices`,
        search,
      ),
  },
} as const;
