import { delay, http, HttpResponse } from 'msw';
import { isOutcomeUnknown } from '@/lib/api-client/outcome-unknown-error';
import {
  apiUrl,
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import { sendPolicyUpdate } from './send-policy-update';

const seen = startApiTestServer();
const customerId = 'c0ffee00-0000-4000-8000-000000000002';
const updatesUrl = apiUrl(`/v1/customers/${customerId}/DevicePolicyUpdates`);
const ids = (count: number) => Array.from({ length: count }, (_, index) => `d${String(index)}`);

let tracking = 0;
const accepted = () =>
  new HttpResponse(null, {
    status: 202,
    headers: { Location: `/customers/${customerId}/batchJobStatus/job-${String(++tracking)}` },
  });
const apiError = (status: number, code: number, description: string) =>
  HttpResponse.json({ code, description }, { status });

interface PatchBody {
  devices: { id: string; policies: { key: string; value: string }[] }[];
}
const patches = () => seen.requests.filter((request) => request.method === 'PATCH');
const bodies = () =>
  Promise.all(patches().map((request) => request.clone().json() as Promise<PatchBody>));

beforeEach(() => {
  tracking = 0;
});

describe('sendPolicyUpdate', () => {
  it('sends 1,201 devices in PATCHes of at most 500, each once, with the documented body', async () => {
    server.use(http.patch(updatesUrl, accepted));
    const { client } = createTestClient();
    const kept: (string | undefined)[] = [];

    const result = await sendPolicyUpdate(client, customerId, 'policy-7', ids(1_201), {
      onAccepted: (request) => void kept.push(request.trackingId),
    });

    expect(result.kind).toBe('accepted');
    const sent = await bodies();
    expect(sent.map((body) => body.devices.length)).toEqual([500, 500, 201]);
    expect(sent[0]?.devices[0]).toEqual({
      id: 'd0',
      policies: [{ key: 'o_o_b_e', value: 'policy-7' }],
    });
    expect(sent.flatMap((body) => body.devices.map((device) => device.id))).toEqual(ids(1_201));
    expect(kept).toEqual(['job-1', 'job-2', 'job-3']);
  });

  it('never sends a PATCH again after a 500: the outcome is unknown, the rest is not sent', async () => {
    let answered = 0;
    server.use(
      http.patch(updatesUrl, () =>
        ++answered === 2 ? apiError(500, 800003, 'Unexpected service error') : accepted(),
      ),
    );
    const { client } = createTestClient();

    const result = await sendPolicyUpdate(client, customerId, 'policy-7', ids(1_201));

    expect(patches()).toHaveLength(2);
    if (result.kind !== 'stopped') throw new Error('expected the assignment to stop');
    expect(result.failed).toMatchObject({ index: 1, outcomeUnknown: true, profileGone: false });
    expect(isOutcomeUnknown(result.failed.error)).toBe(true);
    expect(result.accepted.map((request) => request.trackingId)).toEqual(['job-1']);
    expect(result.notSentDeviceIds).toHaveLength(201);
  });

  it('calls a PATCH with no answer in time unknown too, and sends it once', async () => {
    server.use(
      http.patch(updatesUrl, async () => {
        await delay(500);
        return accepted();
      }),
    );
    const { client } = createTestClient({ timeoutMs: 50 });

    const result = await sendPolicyUpdate(client, customerId, 'policy-7', ids(3));

    expect(patches()).toHaveLength(1);
    expect(result).toMatchObject({ kind: 'stopped', failed: { outcomeUnknown: true } });
  });

  it('reads a 429 as refused, nothing changed, and a 404 as the profile deleted meanwhile', async () => {
    server.use(
      http.patch(updatesUrl, () =>
        HttpResponse.json(
          { statusCode: 429, message: 'Rate limit is exceeded.' },
          { status: 429, headers: { 'Retry-After': '300' } },
        ),
      ),
    );
    const { client } = createTestClient();
    const throttled = await sendPolicyUpdate(client, customerId, 'policy-7', ids(3));
    expect(throttled).toMatchObject({
      kind: 'stopped',
      failed: { outcomeUnknown: false, profileGone: false, error: { status: 429 } },
    });

    server.use(http.patch(updatesUrl, () => apiError(404, 1000, 'Policy not found')));
    const gone = await sendPolicyUpdate(client, customerId, 'policy-7', ids(3));
    expect(gone).toMatchObject({ kind: 'stopped', failed: { profileGone: true } });
    expect(patches()).toHaveLength(2);
  });
});
