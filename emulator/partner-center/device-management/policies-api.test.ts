import { describe, expect, it } from 'vitest';
import { dotNetUtcDate } from '../../seed/dotnet-dates';
import { docsTestBatch } from '../../seed/named-batches';
import {
  contosoCustomers,
  customerHiddenFromSalesAgent,
  customerWithoutBatches,
  docsExampleCustomer,
} from '../../seed/named-customers';
import { apiErrorBody, apiErrorSchema, policySchema } from '../test-support/contract-schemas';
import {
  customerPath,
  customerReads,
  profileOf,
  type ListedPolicy,
} from '../test-support/customer-reads';
import { useEmulatorWithClock } from '../test-support/emulator-with-clock';
import type { TestCaller } from '../test-support/test-emulator';
import { maxPolicyNameLength } from './policy-body';

const clock = useEmulatorWithClock({ uploadStepMs: 0 });
const { emulator } = clock;

const fourthCoffee = customerWithoutBatches.id;
const policiesPath = (customerId: string) => `${customerPath(customerId)}/policies`;
const policyPath = (customerId: string, policyId: string) =>
  `${policiesPath(customerId)}/${policyId}`;

const kiosk = {
  name: '<b>Kiosk</b> – Ærøskøbing 🚀 "front desk"',
  category: 'o_o_b_e',
  description: '<script>alert(1)</script> Empfang, Réception',
  policySettings: ['skip_eula', 'oobe_user_not_local_admin'],
};

const send = (method: string, path: string, body?: unknown, as: TestCaller = 'admin-agent') =>
  emulator.request(path, { method, as, ...(body !== undefined && { body }) });

async function create(customerId: string, body: unknown = kiosk): Promise<ListedPolicy> {
  const response = await send('POST', policiesPath(customerId), body);
  expect(response.status, response.text).toBe(200);
  return policySchema.parse(response.body);
}

function defined<Value>(value: Value | undefined): Value {
  if (value === undefined) throw new Error('the seed lacks what this test needs');
  return value;
}

describe('POST …/policies', () => {
  it('answers 200 and the new profile, kept as sent; the list and GET by id have it', async () => {
    const seeded = await customerReads(emulator, fourthCoffee).policies();
    const created = await create(fourthCoffee);
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/),
      ...kiosk,
      devicesAssigned: 0,
      createdDate: dotNetUtcDate(clock.now()),
      lastModifiedDate: dotNetUtcDate(clock.now()),
      attributes: { objectType: 'ConfigurationPolicy' },
    });
    expect(seeded.map((policy) => policy.id)).not.toContain(created.id);
    expect(await customerReads(emulator, fourthCoffee).policies()).toEqual([...seeded, created]);
    const read = await send('GET', policyPath(fourthCoffee, created.id.toUpperCase()));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
  });

  it('reads property names without regard to case, ignores fields it does not take, allows a name twice', async () => {
    const first = await create(fourthCoffee, {
      Name: 'Standard',
      Category: 'o_o_b_e',
      PolicySettings: ['none'],
      id: 'mine',
      devicesAssigned: 12,
    });
    expect(first).toMatchObject({ name: 'Standard', description: '', devicesAssigned: 0 });
    expect(first.id).not.toBe('mine');
    const second = await create(fourthCoffee, { ...kiosk, name: 'Standard' });
    expect(second.id).not.toBe(first.id);
  });

  it(`takes a name of ${String(maxPolicyNameLength)} characters, counted as JavaScript counts them`, async () => {
    for (const name of ['x'.repeat(maxPolicyNameLength), '🚀'.repeat(maxPolicyNameLength / 2)]) {
      expect((await create(fourthCoffee, { ...kiosk, name })).name).toBe(name);
    }
  });

  it.each([
    ['a body that is not JSON', 'not json', 'the body is not JSON'],
    ['no name', { ...kiosk, name: undefined }, 'name is required'],
    ['a blank name', { ...kiosk, name: '  ' }, 'name must not be blank'],
    [
      'a name that is too long',
      { ...kiosk, name: 'x'.repeat(maxPolicyNameLength + 1) },
      `name may be at most ${String(maxPolicyNameLength)} characters`,
    ],
    [
      'a name too long in emoji',
      { ...kiosk, name: `x${'🚀'.repeat(maxPolicyNameLength / 2)}` },
      `name may be at most ${String(maxPolicyNameLength)} characters`,
    ],
    ['no category', { ...kiosk, category: undefined }, 'category is required'],
    ['another category', { ...kiosk, category: 'none' }, 'category must be "o_o_b_e"'],
    [
      'a description that is not text',
      { ...kiosk, description: 4 },
      'description must be a string',
    ],
    ['no settings', { ...kiosk, policySettings: undefined }, 'policySettings is required'],
    [
      'an empty settings list',
      { ...kiosk, policySettings: [] },
      'policySettings must hold at least one setting ("none" for none)',
    ],
    [
      'an unknown setting',
      { ...kiosk, policySettings: ['skip_eula', 'skip_everything'] },
      'policySettings[1] must be one of none, remove_oem_preinstalls, oobe_user_not_local_admin, ' +
        'skip_express_settings, skip_oem_registration, skip_eula',
    ],
    [
      'none with other settings',
      { ...kiosk, policySettings: ['none', 'skip_eula'] },
      'policySettings "none" may not be combined with other settings',
    ],
    [
      'a setting twice',
      { ...kiosk, policySettings: ['skip_eula', 'skip_eula'] },
      'policySettings must not repeat a setting',
    ],
  ])('refuses %s: 400 code 800002, nothing created', async (_case, body, problem) => {
    const before = await customerReads(emulator, fourthCoffee).policies();
    const response =
      typeof body === 'string'
        ? await emulator.request(policiesPath(fourthCoffee), { method: 'POST', text: body })
        : await send('POST', policiesPath(fourthCoffee), body);
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body)).toMatchObject({
      code: 800002,
      description: `Invalid request input: ${problem}`,
    });
    expect(await customerReads(emulator, fourthCoffee).policies()).toEqual(before);
  });
});

describe('GET and PUT …/policies/{policyId}', () => {
  it('answers 404 naming a policy id the customer does not have, another customer’s included', async () => {
    const [wingtipPolicy] = await customerReads(emulator, docsExampleCustomer.id).policies();
    for (const policyId of ['0d9a7c3b-1111-4222-8333-944455556666', defined(wingtipPolicy).id]) {
      for (const [method, body] of [
        ['GET', undefined],
        ['PUT', kiosk],
        ['DELETE', undefined],
      ] as const) {
        const response = await send(method, policyPath(fourthCoffee, policyId), body);
        expect(response.status).toBe(404);
        expect(response.body).toEqual(apiErrorBody(1000, `The policy ${policyId} was not found`));
      }
    }
  });

  it('PUT changes name, description and settings only; lastModifiedDate moves', async () => {
    const created = await create(fourthCoffee);
    clock.advance(5_000);
    const response = await send('PUT', policyPath(fourthCoffee, created.id), {
      id: 'other',
      name: 'Renamed ✓',
      category: 'something else',
      description: 'Now with a description',
      policySettings: ['none'],
      devicesAssigned: 7,
      createdDate: '2001-01-01T00:00:00',
    });
    expect(response.status, response.text).toBe(200);
    const updated = policySchema.parse(response.body);
    expect(updated).toEqual({
      ...created,
      name: 'Renamed ✓',
      description: 'Now with a description',
      policySettings: ['none'],
      lastModifiedDate: dotNetUtcDate(clock.now()),
    });
    expect(updated.lastModifiedDate).not.toBe(created.lastModifiedDate);
    expect((await send('GET', policyPath(fourthCoffee, created.id))).body).toEqual(updated);
  });

  it('PUT refuses a body that is not valid with 400 and leaves the profile as it was', async () => {
    const created = await create(fourthCoffee);
    const response = await send('PUT', policyPath(fourthCoffee, created.id), {
      ...kiosk,
      name: '',
    });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body).description).toBe(
      'Invalid request input: name must not be blank',
    );
    expect((await send('GET', policyPath(fourthCoffee, created.id))).body).toEqual(created);
  });

  it('renaming a profile renames it on the devices that use it', async () => {
    const reads = customerReads(emulator, docsExampleCustomer.id);
    const [standard] = await reads.policies();
    const users = (await reads.devices(docsTestBatch.id)).filter(
      (device) => profileOf(device) === standard?.name,
    );
    expect(users.length).toBeGreaterThan(0);
    const response = await send('PUT', policyPath(docsExampleCustomer.id, defined(standard).id), {
      ...kiosk,
      name: 'Wingtip – everyone',
    });
    expect(policySchema.parse(response.body).devicesAssigned).toBe(users.length);
    const renamed = (await reads.devices(docsTestBatch.id)).filter(
      (device) => profileOf(device) === 'Wingtip – everyone',
    );
    expect(renamed.map((device) => device.id)).toEqual(users.map((device) => device.id));
  });
});

describe('DELETE …/policies/{policyId}', () => {
  it('answers 204 for an unused profile, which is gone after', async () => {
    const created = await create(fourthCoffee);
    const response = await send('DELETE', policyPath(fourthCoffee, created.id));
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
    expect((await send('GET', policyPath(fourthCoffee, created.id))).status).toBe(404);
    expect((await send('DELETE', policyPath(fourthCoffee, created.id))).status).toBe(404);
    const listed = await customerReads(emulator, fourthCoffee).policies();
    expect(listed.map((policy) => policy.id)).not.toContain(created.id);
  });

  it('answers 409 while devices use the profile, saying how many; 204 once none does', async () => {
    const reads = customerReads(emulator, docsExampleCustomer.id);
    const [standard, other] = await reads.policies();
    const users = (await reads.devices(docsTestBatch.id)).filter(
      (device) => profileOf(device) === standard?.name,
    );
    const refused = await send('DELETE', policyPath(docsExampleCustomer.id, defined(standard).id));
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual(
      apiErrorBody(
        600006,
        `The requested action is not allowed: the policy ${defined(standard).id} is assigned to ` +
          `${String(users.length)} devices; assign them another profile before deleting it`,
      ),
    );
    expect(standard?.devicesAssigned).toBe(users.length);

    const [kept, ...moved] = users;
    const reassigned = await send(
      'PATCH',
      `${customerPath(docsExampleCustomer.id)}/DevicePolicyUpdates`,
      {
        devices: moved.map(({ id }) => ({
          id,
          policies: [{ key: 'o_o_b_e', value: defined(other).id }],
        })),
      },
    );
    expect(reassigned.status).toBe(202);
    const oneLeft = await send('DELETE', policyPath(docsExampleCustomer.id, defined(standard).id));
    expect(apiErrorSchema.parse(oneLeft.body).description).toContain('is assigned to 1 device;');
    const deregistered = await send(
      'DELETE',
      `${customerPath(docsExampleCustomer.id)}/deviceBatches/${encodeURIComponent(docsTestBatch.id)}/devices/${defined(kept).id}`,
    );
    expect(deregistered.status).toBe(204);
    expect(
      (await send('DELETE', policyPath(docsExampleCustomer.id, defined(standard).id))).status,
    ).toBe(204);
  });
});

describe('roles', () => {
  it('refuses a sales agent every write with the uploads’ 403; both roles read', async () => {
    const created = await create(fourthCoffee);
    for (const [method, path, body] of [
      ['POST', policiesPath(fourthCoffee), kiosk],
      ['PUT', policyPath(fourthCoffee, created.id), kiosk],
      ['DELETE', policyPath(fourthCoffee, created.id), undefined],
    ] as const) {
      const response = await send(method, path, body, 'sales-agent');
      expect(response.status).toBe(403);
      expect(apiErrorSchema.parse(response.body)).toMatchObject({
        code: 2032,
        description: 'Access denied: this operation needs the Admin agent role',
      });
    }
    expect(
      (await send('GET', policyPath(fourthCoffee, created.id), undefined, 'sales-agent')).body,
    ).toEqual(created);
    const listed = await customerReads(emulator, fourthCoffee, 'sales-agent').policies();
    expect(listed.map((policy) => policy.id)).toContain(created.id);
  });
});

describe('devicesAssigned', () => {
  it.each([
    ['Wingtip Toys', docsExampleCustomer.id],
    ['Woodgrove Bank', customerHiddenFromSalesAgent.id],
    ['Fabrikam Contoso Services (generated batches)', contosoCustomers.fabrikamContosoServices.id],
  ])('of %s counts the devices that carry each profile’s name', async (_name, customerId) => {
    const reads = customerReads(emulator, customerId);
    const devices = (
      await Promise.all((await reads.batches()).map((batch) => reads.devices(batch.id)))
    ).flat();
    const policies = await reads.policies();
    for (const policy of policies) {
      expect(policy.devicesAssigned, policy.name).toBe(
        devices.filter((device) => profileOf(device) === policy.name).length,
      );
    }
    const names = new Set(policies.map((policy) => policy.name));
    expect(
      devices.every((device) => profileOf(device) === null || names.has(profileOf(device) ?? '')),
    ).toBe(true);
  });
});
