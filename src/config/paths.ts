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
  registerDevices: {
    path: '/customers/:customerId/device-batches/new',
    /** `batch` preselects an existing batch to add to (the devices page's "Add devices"). */
    getHref: (customerId: string, search?: URLSearchParams | string) =>
      withSearch(`/customers/${segment(customerId)}/device-batches/new`, search),
  },
  upload: {
    path: '/customers/:customerId/uploads/:uploadId',
    /**
     * An upload's tracker. `uploadId` is its first request's tracking id; the query names the
     * batch (`batch`) and the tracking ids of its later requests (`also`), so a bookmark opened in
     * another browser tracks the whole upload.
     */
    getHref: (
      customerId: string,
      uploadId: string,
      upload: { readonly batchId: string; readonly laterTrackingIds: readonly string[] },
    ) => {
      const search = new URLSearchParams({ batch: upload.batchId });
      for (const trackingId of upload.laterTrackingIds) search.append('also', trackingId);
      return withSearch(`/customers/${segment(customerId)}/uploads/${segment(uploadId)}`, search);
    },
  },
  profiles: {
    path: '/customers/:customerId/profiles',
    getHref: (customerId: string) => `/customers/${segment(customerId)}/profiles`,
  },
  profileDevices: {
    path: '/customers/:customerId/profiles/:policyId/devices',
    /** Every device of the customer, across its batches, that uses one Autopilot profile. */
    getHref: (customerId: string, policyId: string) =>
      `/customers/${segment(customerId)}/profiles/${segment(policyId)}/devices`,
  },
  deviceChange: {
    path: '/customers/:customerId/device-changes/:changeId',
    /**
     * The tracker of a change to registered devices (a profile assigned, devices deregistered).
     * The query says what the change is and to which batch, so a bookmark can be read anywhere.
     */
    getHref: (customerId: string, changeId: string, search?: URLSearchParams | string) =>
      withSearch(`/customers/${segment(customerId)}/device-changes/${segment(changeId)}`, search),
  },
} as const;
