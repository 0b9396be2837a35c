import { matchRoutes } from 'react-router';
import { paths } from './paths';

const customerId = '47021739-3426-40bf-9601-61b4b6d7c793';

describe('paths', () => {
  it('builds the customer pages', () => {
    expect(paths.customers.getHref()).toBe('/customers');
    expect(paths.customers.getHref('q=contoso')).toBe('/customers?q=contoso');
    expect(paths.deviceBatches.getHref(customerId)).toBe(`/customers/${customerId}/device-batches`);
    expect(
      paths.deviceBatches.getHref(customerId, new URLSearchParams({ status: 'finished' })),
    ).toBe(`/customers/${customerId}/device-batches?status=finished`);
  });

  it.each([
    ['Test batch', 'Test%20batch'],
    ['Lab #3', 'Lab%20%233'],
    ['100% refurb', '100%25%20refurb'],
    ['Why? batch', 'Why%3F%20batch'],
    ['R&D laptops', 'R%26D%20laptops'],
    ['C++ team', 'C%2B%2B%20team'],
    ['a/b', 'a%2Fb'],
    ['Ölçü cihazları – Q3', '%C3%96l%C3%A7%C3%BC%20cihazlar%C4%B1%20%E2%80%93%20Q3'],
  ])('encodes the batch id %j exactly once and the router reads it back', (batchId, encoded) => {
    const href = paths.devices.getHref(customerId, batchId);
    expect(href).toBe(`/customers/${customerId}/device-batches/${encoded}/devices`);
    expect(matchRoutes([{ path: paths.devices.path }], href)?.[0]?.params).toEqual({
      customerId,
      batchId,
    });
  });

  it('builds an upload tracker that carries its batch and later tracking ids', () => {
    const href = paths.upload.getHref(customerId, 't-1', {
      batchId: 'R&D #4 100%',
      laterTrackingIds: ['t-2', 't-3'],
    });
    expect(href).toBe(
      `/customers/${customerId}/uploads/t-1?batch=R%26D+%234+100%25&also=t-2&also=t-3`,
    );
    const url = new URL(href, 'https://dashboard.example');
    expect(url.searchParams.get('batch')).toBe('R&D #4 100%');
    expect(url.searchParams.getAll('also')).toEqual(['t-2', 't-3']);
    expect(matchRoutes([{ path: paths.upload.path }], href)?.[0]?.params).toEqual({
      customerId,
      uploadId: 't-1',
    });
  });

  it('builds the register-devices page, which the batch routes do not take for a batch', () => {
    const href = paths.registerDevices.getHref(customerId);
    expect(href).toBe(`/customers/${customerId}/device-batches/new`);
    expect(matchRoutes([{ path: paths.devices.path }], href)).toBeNull();
  });

  it('builds the profile pages and a device change tracker, each id encoded once', () => {
    expect(paths.profiles.getHref(customerId)).toBe(`/customers/${customerId}/profiles`);
    const profileHref = paths.profileDevices.getHref(customerId, 'a/b #1');
    expect(profileHref).toBe(`/customers/${customerId}/profiles/a%2Fb%20%231/devices`);
    expect(matchRoutes([{ path: paths.profileDevices.path }], profileHref)?.[0]?.params).toEqual({
      customerId,
      policyId: 'a/b #1',
    });
    const changeHref = paths.deviceChange.getHref(customerId, 'c-1', 'batch=R%26D');
    expect(changeHref).toBe(`/customers/${customerId}/device-changes/c-1?batch=R%26D`);
    expect(matchRoutes([{ path: paths.deviceChange.path }], changeHref)?.[0]?.params).toEqual({
      customerId,
      changeId: 'c-1',
    });
  });
});
