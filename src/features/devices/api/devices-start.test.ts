import { API_BASE } from '@/lib/api-client/testing/api-test-server';
import { devicesStart } from './devices-start';

const customerId = 'e3a09f87-b5c3-400a-8747-1283818f378a';
const link = (uri: string) => ({ uri, method: 'GET', headers: [] });
const devicesLink = (batchId: string) =>
  link(`/customers/${customerId}/deviceBatches/${batchId}/devices`);

describe('devicesStart', () => {
  it.each([
    'Test batch',
    'Why? batch',
    'Lab #3',
    'C++ team',
    'R&D laptops',
    '100% refurb',
    'Ölçü cihazları – Q3',
  ])('follows the raw devicesLink of %j, which names exactly that batch', (batchId) => {
    const start = devicesStart(API_BASE, customerId, batchId, devicesLink(batchId));
    expect(start).toEqual({ target: devicesLink(batchId), pathOnlyLink: true });
  });

  it('follows a link with the /v1 prefix too', () => {
    const v1 = link(`/v1/customers/${customerId}/deviceBatches/Lab #3/devices`);
    expect(devicesStart(API_BASE, customerId, 'Lab #3', v1).target).toBe(v1);
  });

  it('builds the path from the ids when there is no link', () => {
    expect(devicesStart(API_BASE, customerId, 'Why? batch')).toEqual({
      target: `/v1/customers/${customerId}/deviceBatches/Why%3F%20batch/devices`,
    });
  });

  it('builds the path when the raw link cannot carry the id', () => {
    // A "/" in the name splits the path; an escape in the name would be decoded by the server.
    expect(devicesStart(API_BASE, customerId, 'EMEA/2024', devicesLink('EMEA/2024'))).toEqual({
      target: `/v1/customers/${customerId}/deviceBatches/EMEA%2F2024/devices`,
    });
    expect(devicesStart(API_BASE, customerId, 'a%20b', devicesLink('a%20b'))).toEqual({
      target: `/v1/customers/${customerId}/deviceBatches/a%2520b/devices`,
    });
  });

  it('builds the path when the link points at another batch, customer or host', () => {
    const built = { target: `/v1/customers/${customerId}/deviceBatches/Lab%20%233/devices` };
    expect(devicesStart(API_BASE, customerId, 'Lab #3', devicesLink('Lab #4'))).toEqual(built);
    expect(
      devicesStart(
        API_BASE,
        customerId,
        'Lab #3',
        link('/customers/other/deviceBatches/Lab #3/devices'),
      ),
    ).toEqual(built);
    expect(
      devicesStart(
        API_BASE,
        customerId,
        'Lab #3',
        link(`https://evil.example/v1/customers/${customerId}/deviceBatches/Lab #3/devices`),
      ),
    ).toEqual(built);
  });
});
