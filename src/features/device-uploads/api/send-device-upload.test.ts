import { http, HttpResponse } from 'msw';
import {
  apiUrl,
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import type { DeviceToUpload } from '@/lib/partner-center/device-upload-request';
import { maxDevicesPerRequest } from '@/lib/partner-center/split-into-requests';
import { sendDeviceUpload, type AcceptedRequest } from './send-device-upload';

const seen = startApiTestServer();
const customerId = 'c0ffee00-0000-4000-8000-000000000001';
const batchesUrl = apiUrl(`/v1/customers/${customerId}/deviceBatches`);
const devicesUrl = (batchId: string) =>
  apiUrl(`/v1/customers/${customerId}/deviceBatches/${encodeURIComponent(batchId)}/devices`);

const devices = (count: number): DeviceToUpload[] =>
  Array.from({ length: count }, (_, index) => ({ serialNumber: `SN${String(index)}` }));

let tracking = 0;
const accepted = () =>
  new HttpResponse(null, {
    status: 202,
    headers: { Location: `/customers/${customerId}/batchJobStatus/track-${String(++tracking)}` },
  });

beforeEach(() => {
  tracking = 0;
});

async function bodies(): Promise<unknown[]> {
  return Promise.all(seen.requests.map((request) => request.clone().json() as Promise<unknown>));
}

describe('sendDeviceUpload', () => {
  it('creates a new batch with its devices and returns the upload’s tracking id', async () => {
    server.use(http.post(batchesUrl, accepted));
    const { client } = createTestClient();

    const result = await sendDeviceUpload(
      client,
      customerId,
      { kind: 'new-batch', batchId: 'Lab #3 – Q4' },
      devices(3),
    );

    expect(result).toMatchObject({
      kind: 'accepted',
      accepted: [{ index: 0, deviceCount: 3, trackingId: 'track-1' }],
    });
    expect(await bodies()).toEqual([{ batchId: 'Lab #3 – Q4', devices: devices(3) }]);
  });

  it('splits a large upload: the first request creates the batch, the next ones add to it', async () => {
    const batchId = 'Big & bold';
    server.use(http.post(batchesUrl, accepted), http.post(devicesUrl(batchId), accepted));
    const { client } = createTestClient();
    const kept: AcceptedRequest[] = [];
    const count = maxDevicesPerRequest * 2 + 7;

    const result = await sendDeviceUpload(
      client,
      customerId,
      { kind: 'new-batch', batchId },
      devices(count),
      { onAccepted: (request) => void kept.push(request) },
    );

    expect(seen.requests.map((request) => request.url)).toEqual([
      batchesUrl,
      devicesUrl(batchId),
      devicesUrl(batchId),
    ]);
    expect(kept.map((request) => [request.deviceCount, request.trackingId])).toEqual([
      [maxDevicesPerRequest, 'track-1'],
      [maxDevicesPerRequest, 'track-2'],
      [7, 'track-3'],
    ]);
    expect(result.kind).toBe('accepted');
    const [, second] = await bodies();
    expect(second).toEqual(devices(count).slice(maxDevicesPerRequest, maxDevicesPerRequest * 2));
  });

  it('adds to an existing batch with a bare array of devices', async () => {
    server.use(http.post(devicesUrl('Onboarding'), accepted));
    const { client } = createTestClient();

    await sendDeviceUpload(
      client,
      customerId,
      { kind: 'existing-batch', batchId: 'Onboarding' },
      devices(2),
    );

    expect(await bodies()).toEqual([devices(2)]);
  });

  it('stops at a request whose outcome is unknown, sends it once, and says what was not sent', async () => {
    const batchId = 'Half way';
    let calls = 0;
    server.use(
      http.post(batchesUrl, accepted),
      http.post(devicesUrl(batchId), () =>
        ++calls === 1 ? new HttpResponse(null, { status: 500 }) : accepted(),
      ),
    );
    const { client } = createTestClient();

    const result = await sendDeviceUpload(
      client,
      customerId,
      { kind: 'new-batch', batchId },
      devices(maxDevicesPerRequest * 2 + 1),
    );

    expect(calls).toBe(1);
    expect(result).toMatchObject({
      kind: 'stopped',
      accepted: [{ index: 0, trackingId: 'track-1' }],
      failed: { index: 1, deviceCount: maxDevicesPerRequest, outcomeUnknown: true },
      notSentDeviceCount: 1,
    });
  });

  it('reports a refusal (a batch name already taken) as a known outcome: nothing was registered', async () => {
    server.use(
      http.post(batchesUrl, () =>
        HttpResponse.json(
          { code: 800002, description: 'A batch named Lab already exists.' },
          { status: 409 },
        ),
      ),
    );
    const { client } = createTestClient();

    const result = await sendDeviceUpload(
      client,
      customerId,
      { kind: 'new-batch', batchId: 'Lab' },
      devices(1),
    );

    expect(result).toMatchObject({
      kind: 'stopped',
      accepted: [],
      failed: { index: 0, outcomeUnknown: false, error: { status: 409 } },
      notSentDeviceCount: 0,
    });
  });

  it('keeps an accepted request whose Location points outside the API, without following it', async () => {
    server.use(
      http.post(
        batchesUrl,
        () =>
          new HttpResponse(null, {
            status: 202,
            headers: { Location: 'https://elsewhere.example/customers/x/batchJobStatus/t' },
          }),
      ),
    );
    const { client } = createTestClient();

    const result = await sendDeviceUpload(
      client,
      customerId,
      { kind: 'new-batch', batchId: 'Elsewhere' },
      devices(1),
    );

    expect(result).toMatchObject({
      kind: 'accepted',
      accepted: [{ index: 0, trackingId: undefined }],
    });
    expect(seen.requests).toHaveLength(1);
  });
});
