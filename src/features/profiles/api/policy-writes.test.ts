import { http, HttpResponse } from 'msw';
import { isOutcomeUnknown } from '@/lib/api-client/outcome-unknown-error';
import {
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import {
  apiErrorAnswer,
  makePolicy,
  policiesUrl,
  policyUrl,
  profilesCustomerId as customerId,
} from '../testing/profile-fixtures';
import { createPolicy } from './create-policy';
import { deletePolicy } from './delete-policy';
import { updatePolicy } from './update-policy';

const seen = startApiTestServer();
const fields = {
  name: '  <b>Kiosk</b> – Ölçü  ',
  description: ' Front desk ',
  policySettings: ['skip_eula', 'skip_oem_registration'],
};

describe('the profile writes', () => {
  it('create POSTs the documented body once and reads the new profile', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(policiesUrl, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(makePolicy({ id: 'new-1', name: '<b>Kiosk</b> – Ölçü' }));
      }),
    );
    const created = await createPolicy(createTestClient().client, customerId, fields);
    expect(bodies).toEqual([
      {
        name: '<b>Kiosk</b> – Ölçü',
        category: 'o_o_b_e',
        description: 'Front desk',
        policySettings: ['skip_eula', 'skip_oem_registration'],
      },
    ]);
    expect(created).toMatchObject({ id: 'new-1', name: '<b>Kiosk</b> – Ölçü' });
  });

  it('a create answered 500 is sent once and its outcome is unknown', async () => {
    server.use(
      http.post(policiesUrl, () => apiErrorAnswer(500, 800003, 'Unexpected service error')),
    );
    const error: unknown = await createPolicy(createTestClient().client, customerId, fields).catch(
      (failure: unknown) => failure,
    );
    expect(isOutcomeUnknown(error)).toBe(true);
    expect(seen.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('update PUTs the name, description and settings to the profile’s own address', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.put(policyUrl('id/1'), async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(makePolicy({ id: 'id/1', name: 'Renamed' }));
      }),
    );
    const saved = await updatePolicy(createTestClient().client, customerId, 'id/1', fields);
    expect(bodies).toEqual([
      {
        name: '<b>Kiosk</b> – Ölçü',
        description: 'Front desk',
        policySettings: ['skip_eula', 'skip_oem_registration'],
      },
    ]);
    expect(saved?.name).toBe('Renamed');
  });

  it('delete counts a 404 as already gone, and throws a 409 with its explanation', async () => {
    server.use(
      http.delete(policyUrl('gone'), () => apiErrorAnswer(404, 1000, 'Policy not found')),
      http.delete(policyUrl('used'), () =>
        apiErrorAnswer(409, 800002, 'The policy is assigned to 3 devices'),
      ),
      http.delete(policyUrl('free'), () => new HttpResponse(null, { status: 204 })),
    );
    const { client } = createTestClient();
    expect(await deletePolicy(client, customerId, 'free')).toBe('deleted');
    expect(await deletePolicy(client, customerId, 'gone')).toBe('already-gone');
    await expect(deletePolicy(client, customerId, 'used')).rejects.toMatchObject({
      status: 409,
      description: 'The policy is assigned to 3 devices',
    });
  });
});
