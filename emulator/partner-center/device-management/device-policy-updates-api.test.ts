import { describe, expect, it } from 'vitest';
import { unsetDotNetDate } from '../../seed/dotnet-dates';
import { hiddenCustomerBatches, manyBatches } from '../../seed/named-batches';
import {
  customerHiddenFromSalesAgent,
  customerWithManyBatches,
  docsExampleCustomer,
} from '../../seed/named-customers';
import {
  apiErrorBody,
  apiErrorSchema,
  batchUploadDetailsSchema,
} from '../test-support/contract-schemas';
import {
  customerPath,
  customerReads,
  devicesPath,
  profileOf,
} from '../test-support/customer-reads';
import { useEmulatorWithClock } from '../test-support/emulator-with-clock';
import type { TestCaller } from '../test-support/test-emulator';
import { maxDevicesPerPolicyUpdate } from './device-policy-updates-body';

const step = 1000;
const clock = useEmulatorWithClock({ uploadStepMs: step });
const { emulator } = clock;

const woodgrove = customerHiddenFromSalesAgent.id;
const northwind = customerWithManyBatches.id;
const branchLaptops = hiddenCustomerBatches.branchLaptops.id;

const updatesBody = (deviceIds: readonly string[], policyId: string) => ({
  devices: deviceIds.map((id) => ({ id, policies: [{ key: 'o_o_b_e', value: policyId }] })),
});

const patch = (customerId: string, body: unknown, as: TestCaller = 'admin-agent') =>
  emulator.request(`${customerPath(customerId)}/DevicePolicyUpdates`, {
    method: 'PATCH',
    body,
    as,
  });

/** Sends a profile assignment that must be accepted; returns the path of its tracker. */
async function assign(customerId: string, deviceIds: readonly string[], policyId: string) {
  const response = await patch(customerId, updatesBody(deviceIds, policyId));
  expect(response.status, response.text).toBe(202);
  return `/v1${response.headers.get('Location') ?? ''}`;
}

async function tracker(path: string, as: TestCaller = 'admin-agent') {
  const response = await emulator.request(path, { as });
  expect(response.status, response.text).toBe(200);
  return batchUploadDetailsSchema.parse(response.body);
}

const finishJobs = () => {
  clock.advance(2 * step);
};

async function createProfile(customerId: string, name: string): Promise<string> {
  const response = await emulator.request(`${customerPath(customerId)}/policies`, {
    method: 'POST',
    body: { name, category: 'o_o_b_e', description: '', policySettings: ['skip_eula'] },
  });
  expect(response.status, response.text).toBe(200);
  const { id } = response.body as { id: string };
  return id;
}

const idsOf = (devices: readonly { id: string }[]) => devices.map((device) => device.id);

function defined<Value>(value: Value | undefined): Value {
  if (value === undefined) throw new Error('the seed lacks what this test needs');
  return value;
}

describe('PATCH …/DevicePolicyUpdates', () => {
  it('answers 202 and a tracker; when it finishes the devices carry the profile’s name and the counts move', async () => {
    const reads = customerReads(emulator, woodgrove);
    const devices = await reads.devices(branchLaptops);
    expect(devices).toHaveLength(30);
    const kiosk = await createProfile(woodgrove, 'Kiosk – Front desk');
    const standard = (await reads.policies()).find(
      (policy) => policy.name === 'Woodgrove Standard User',
    );
    const withStandard = devices.filter((device) => profileOf(device) === standard?.name).length;
    expect(standard?.devicesAssigned).toBe(withStandard);

    const response = await patch(woodgrove, updatesBody(idsOf(devices), kiosk));
    expect(response.status).toBe(202);
    expect(response.text).toBe('');
    const location = response.headers.get('Location') ?? '';
    expect(location).toMatch(new RegExp(`^/customers/${woodgrove}/batchJobStatus/[0-9a-f-]{36}$`));

    const queued = await tracker(`/v1${location}`);
    expect(queued).toMatchObject({ status: 'queued', completedTime: unsetDotNetDate });
    expect(queued.devicesStatus).toHaveLength(30);
    expect(queued.devicesStatus[0]).toEqual({
      deviceId: devices[0]?.id,
      serialNumber: devices[0]?.serialNumber,
      ...(devices[0]?.productKey !== undefined && { productKey: devices[0].productKey }),
      status: 'in-progress',
      attributes: { objectType: 'DeviceUploadDetails' },
    });
    expect((await reads.devices(branchLaptops)).map(profileOf)).toEqual(devices.map(profileOf));
    clock.advance(step);
    expect((await tracker(`/v1${location}`)).status).toBe('processing');
    clock.advance(step);
    const finished = await tracker(`/v1${location}`);
    expect(finished.status).toBe('finished');
    expect(finished.completedTime).not.toBe(unsetDotNetDate);
    expect(finished.devicesStatus.map((device) => [device.deviceId, device.status])).toEqual(
      devices.map((device) => [device.id, 'finished']),
    );

    const after = await reads.devices(branchLaptops);
    expect(after.map((device) => device.policies)).toEqual(
      devices.map(() => [{ key: 'o_o_b_e', value: 'Kiosk – Front desk' }]),
    );
    const counts = new Map((await reads.policies()).map((p) => [p.id, p.devicesAssigned]));
    expect(counts.get(kiosk)).toBe(30);
    expect(counts.get(standard?.id ?? '')).toBe(0);
  });

  it('reports each device’s own error: unknown, another customer’s, repeated, not changeable', async () => {
    const reads = customerReads(emulator, northwind);
    const device = defined((await reads.devices(manyBatches.plusSigns.id))[0]);
    const archived = defined((await reads.devices(manyBatches.unrecognisedStatus.id))[0]);
    const wingtipDevice = defined(
      (await customerReads(emulator, docsExampleCustomer.id).devices('Test batch'))[0],
    );
    const policy = defined(
      (await reads.policies()).find((candidate) => candidate.name !== profileOf(device)),
    );
    const unknown = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const ids = [device.id, unknown, wingtipDevice.id, device.id, archived.id];
    const statusPath = await assign(northwind, ids, policy.id);
    finishJobs();
    const finished = await tracker(statusPath);
    expect(finished.status).toBe('finished_with_errors');
    const outcome = (code: string | undefined) =>
      code === undefined
        ? { status: 'finished' }
        : { status: 'finished_with_errors', errorCode: code, errorDescription: code };
    expect(
      finished.devicesStatus.map(({ deviceId, status, errorCode, errorDescription }) => ({
        deviceId,
        status,
        ...(errorCode !== undefined && { errorCode, errorDescription }),
      })),
    ).toEqual(
      [
        undefined,
        'ZtdDeviceNotFound',
        'ZtdDeviceNotFound',
        'ZtdDeviceDuplicated',
        'ZtdDeviceOperationNotAllowed',
      ].map((code, index) => ({ deviceId: ids[index], ...outcome(code) })),
    );
    expect(finished.devicesStatus[1]).not.toHaveProperty('serialNumber');
    expect(finished.devicesStatus[4]?.serialNumber).toBe(archived.serialNumber);
    expect(profileOf(defined((await reads.devices(manyBatches.plusSigns.id))[0]))).toBe(
      policy.name,
    );
    expect(profileOf(defined((await reads.devices(manyBatches.unrecognisedStatus.id))[0]))).toBe(
      profileOf(archived),
    );
  });

  it('fails the devices deregistered, and all devices of a profile deleted, before the job runs', async () => {
    const reads = customerReads(emulator, woodgrove);
    const [first, second] = idsOf(await reads.devices(branchLaptops));
    const kept = await createProfile(woodgrove, 'Kept');
    const dropped = await createProfile(woodgrove, 'Dropped');
    const toKept = await assign(woodgrove, [defined(first)], kept);
    const toDropped = await assign(woodgrove, [defined(second)], dropped);
    const gone = await emulator.request(
      `${devicesPath(woodgrove, branchLaptops)}/${defined(first)}`,
      { method: 'DELETE' },
    );
    expect(gone.status).toBe(204);
    const deleted = await emulator.request(`${customerPath(woodgrove)}/policies/${dropped}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);
    finishJobs();
    expect((await tracker(toKept)).devicesStatus[0]?.errorCode).toBe('ZtdDeviceNotFound');
    expect((await tracker(toDropped)).devicesStatus[0]?.errorCode).toBe('ZtdPolicyNotFound');
  });

  it('takes 500 devices of the 10,000-device batch in one request', async () => {
    const reads = customerReads(emulator, northwind);
    const pages = await reads.devicePages(manyBatches.tenThousandDevices.id);
    const devices = pages.slice(0, 5).flatMap((page) => page.items);
    expect(devices).toHaveLength(maxDevicesPerPolicyUpdate);
    const target = await createProfile(northwind, 'Global fleet – kiosk');
    const before = await reads.policies();
    const statusPath = await assign(northwind, idsOf(devices), target);
    finishJobs();
    expect((await tracker(statusPath)).status).toBe('finished');
    const after = new Map((await reads.policies()).map((p) => [p.name, p.devicesAssigned]));
    expect(after.get('Global fleet – kiosk')).toBe(maxDevicesPerPolicyUpdate);
    for (const policy of before.filter((candidate) => candidate.id !== target)) {
      const moved = devices.filter((device) => profileOf(device) === policy.name).length;
      expect(after.get(policy.name)).toBe(policy.devicesAssigned - moved);
    }
  }, 20_000); // a hundred pages read first

  const validDevice = { id: 'd', policies: [{ key: 'o_o_b_e', value: 'p' }] };
  it.each([
    ['a body that is not JSON', 'not json', 'the body is not JSON'],
    ['no devices', {}, 'devices is required'],
    ['devices that are not a list', { devices: 'd' }, 'devices must be a list'],
    ['an empty device list', { devices: [] }, 'devices must hold at least one device'],
    [
      `more than ${String(maxDevicesPerPolicyUpdate)} devices`,
      { devices: Array.from({ length: maxDevicesPerPolicyUpdate + 1 }, () => validDevice) },
      `devices may hold at most ${String(maxDevicesPerPolicyUpdate)} devices per request`,
    ],
    [
      'a device without an id',
      { devices: [{ policies: validDevice.policies }] },
      'devices[0].id is required',
    ],
    [
      'a blank device id',
      { devices: [{ ...validDevice, id: ' ' }] },
      'devices[0].id must not be empty',
    ],
    ['a device without policies', { devices: [{ id: 'd' }] }, 'devices[0].policies is required'],
    [
      'two policies for one device',
      { devices: [{ id: 'd', policies: [...validDevice.policies, ...validDevice.policies] }] },
      'devices[0].policies must hold exactly one policy, of key "o_o_b_e"',
    ],
    [
      'a key other than o_o_b_e',
      { devices: [{ id: 'd', policies: [{ key: 'none', value: 'p' }] }] },
      'devices[0].policies[0].key must be "o_o_b_e"',
    ],
    [
      'a policy without a value',
      { devices: [{ id: 'd', policies: [{ key: 'o_o_b_e', value: null }] }] },
      'devices[0].policies[0].value must be a string',
    ],
  ])('refuses %s: 400 code 800002', async (_case, body, problem) => {
    const response =
      typeof body === 'string'
        ? await emulator.request(`${customerPath(northwind)}/DevicePolicyUpdates`, {
            method: 'PATCH',
            text: body,
          })
        : await patch(northwind, body);
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body)).toMatchObject({
      code: 800002,
      description: `Invalid request input: ${problem}`,
    });
  });

  it('reads property names without regard to case', async () => {
    const device = defined((await customerReads(emulator, northwind).devices('Lab #3'))[0]);
    const policy = defined((await customerReads(emulator, northwind).policies())[1]);
    const response = await patch(northwind, {
      Devices: [{ Id: device.id, Policies: [{ Key: 'o_o_b_e', Value: policy.id.toUpperCase() }] }],
    });
    expect(response.status).toBe(202);
    finishJobs();
    const [after] = await customerReads(emulator, northwind).devices('Lab #3');
    expect(after?.policies).toEqual([{ key: 'o_o_b_e', value: policy.name }]);
  });

  it('answers 404 naming a policy id the customer does not have, and starts nothing', async () => {
    const [device] = await customerReads(emulator, northwind).devices('Lab #3');
    const [wingtipPolicy] = await customerReads(emulator, docsExampleCustomer.id).policies();
    for (const policyId of ['7d0c9f3e-0000-4000-8000-000000000000', wingtipPolicy?.id ?? '']) {
      const response = await patch(northwind, updatesBody([device?.id ?? ''], policyId));
      expect(response.status).toBe(404);
      expect(response.body).toEqual(apiErrorBody(1000, `The policy ${policyId} was not found`));
      expect(response.headers.get('Location')).toBeNull();
    }
  });

  it('refuses a sales agent with the uploads’ 403; a sales agent may read the tracker', async () => {
    const [device] = await customerReads(emulator, northwind).devices('Lab #3');
    const [policy] = await customerReads(emulator, northwind).policies();
    const body = updatesBody([device?.id ?? ''], policy?.id ?? '');
    const refused = await patch(northwind, body, 'sales-agent');
    expect(refused.status).toBe(403);
    expect(apiErrorSchema.parse(refused.body)).toMatchObject({
      code: 2032,
      description: 'Access denied: this operation needs the Admin agent role',
    });
    const statusPath = await assign(northwind, [device?.id ?? ''], policy?.id ?? '');
    expect((await tracker(statusPath, 'sales-agent')).status).toBe('queued');
  });

  it('echoes the MS-CorrelationId the dashboard sends', async () => {
    const correlationId = '0b5c7e52-98a4-4c1a-9d57-3e2f1a0b6c4d';
    const [device] = await customerReads(emulator, northwind).devices('Lab #3');
    const [policy] = await customerReads(emulator, northwind).policies();
    const response = await emulator.request(`${customerPath(northwind)}/DevicePolicyUpdates`, {
      method: 'PATCH',
      headers: { 'MS-CorrelationId': correlationId },
      body: updatesBody([device?.id ?? ''], policy?.id ?? ''),
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('MS-CorrelationId')).toBe(correlationId);
    expect(response.headers.get('MS-RequestId')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
