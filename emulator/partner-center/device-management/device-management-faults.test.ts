import { afterEach, describe, expect, it } from 'vitest';
import { docsTestBatch } from '../../seed/named-batches';
import { customerWithoutBatches, docsExampleCustomer } from '../../seed/named-customers';
import type { FaultSpec } from '../test-mode/fault-spec';
import { apiErrorSchema, gatewayErrorSchema } from '../test-support/contract-schemas';
import {
  customerPath,
  customerReads,
  devicesPath,
  profileOf,
} from '../test-support/customer-reads';
import { useEmulatorWithClock } from '../test-support/emulator-with-clock';

/**
 * Injected faults on every write of device management, aimed by method and path: a throttled or
 * failed write changes nothing; with `accept-then-hang` the change is made and the answer never
 * comes, for a client to test "outcome unknown".
 */
const { emulator } = useEmulatorWithClock({ uploadStepMs: 0 });

const scope = 'device-management-faults-test';
afterEach(async () => {
  await emulator.request(`/__emulator/faults?scope=${scope}`, { method: 'DELETE' });
});

const wingtip = docsExampleCustomer.id;
const fourthCoffee = customerWithoutBatches.id;

/** One write: the request to fault, and whether its change has been made. */
interface FaultedWrite {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  changed(): Promise<boolean>;
}

async function wingtipDevice() {
  const [device] = await customerReads(emulator, wingtip).devices(docsTestBatch.id);
  if (device === undefined) throw new Error('Wingtip’s batch has no devices');
  return device;
}

async function fourthCoffeePolicy() {
  const [policy] = await customerReads(emulator, fourthCoffee).policies();
  if (policy === undefined) throw new Error('Fourth Coffee has no profiles');
  return policy;
}

const policyNames = async () =>
  (await customerReads(emulator, fourthCoffee).policies()).map((policy) => policy.name);

const profileBody = {
  name: 'Faulted',
  category: 'o_o_b_e',
  description: '',
  policySettings: ['none'],
};

const writes: Record<string, () => Promise<FaultedWrite>> = {
  'DELETE a device': async () => {
    const device = await wingtipDevice();
    return {
      method: 'DELETE',
      path: `${devicesPath(wingtip, docsTestBatch.id)}/${device.id}`,
      changed: async () =>
        (await customerReads(emulator, wingtip).devicesCount(docsTestBatch.id)) !==
        docsTestBatch.devicesCount,
    };
  },
  'PATCH DevicePolicyUpdates': async () => {
    const device = await wingtipDevice();
    const policies = await customerReads(emulator, wingtip).policies();
    const other = policies.find((policy) => policy.name !== profileOf(device));
    return {
      method: 'PATCH',
      path: `${customerPath(wingtip)}/DevicePolicyUpdates`,
      body: {
        devices: [{ id: device.id, policies: [{ key: 'o_o_b_e', value: other?.id }] }],
      },
      changed: async () => profileOf(await wingtipDevice()) === other?.name,
    };
  },
  'POST a profile': () =>
    Promise.resolve({
      method: 'POST',
      path: `${customerPath(fourthCoffee)}/policies`,
      body: profileBody,
      changed: async () => (await policyNames()).includes(profileBody.name),
    }),
  'PUT a profile': async () => ({
    method: 'PUT',
    path: `${customerPath(fourthCoffee)}/policies/${(await fourthCoffeePolicy()).id}`,
    body: profileBody,
    changed: async () => (await policyNames()).includes(profileBody.name),
  }),
  'DELETE a profile': async () => {
    const policy = await fourthCoffeePolicy();
    return {
      method: 'DELETE',
      path: `${customerPath(fourthCoffee)}/policies/${policy.id}`,
      changed: async () => !(await policyNames()).includes(policy.name),
    };
  },
};

async function inject(write: FaultedWrite, fault: Pick<FaultSpec, 'kind'> & Partial<FaultSpec>) {
  const response = await emulator.request('/__emulator/faults', {
    method: 'POST',
    body: { scope, pathPattern: write.path, method: write.method, ...fault },
  });
  expect(response.status).toBe(201);
}

const send = (write: FaultedWrite) =>
  emulator.request(write.path, {
    method: write.method,
    ...(write.body !== undefined && { body: write.body }),
  });

describe.each(Object.entries(writes))('faults on %s', (_name, prepare) => {
  it('throttle: 429 with Retry-After, and nothing changed', async () => {
    const write = await prepare();
    await inject(write, { kind: 'throttle', retryAfterSeconds: 4 });
    const response = await send(write);
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('4');
    expect(gatewayErrorSchema.parse(response.body).statusCode).toBe(429);
    expect(await write.changed()).toBe(false);
  });

  it('server-error: 500 code 800003, and nothing changed; the next attempt goes through', async () => {
    const write = await prepare();
    await inject(write, { kind: 'server-error' });
    const failed = await send(write);
    expect(failed.status).toBe(500);
    expect(apiErrorSchema.parse(failed.body).code).toBe(800003);
    expect(await write.changed()).toBe(false);
    expect((await send(write)).status).toBeLessThan(300);
    expect(await write.changed()).toBe(true);
  });

  it('accept-then-hang: the change is made, but the answer never comes', async () => {
    const write = await prepare();
    await inject(write, { kind: 'accept-then-hang', latencyMs: 100 });
    await expect(send(write)).rejects.toThrow();
    expect(await write.changed()).toBe(true);
  });

  it('hang: the request never reaches the API, so nothing changed', async () => {
    const write = await prepare();
    await inject(write, { kind: 'hang', latencyMs: 100 });
    await expect(send(write)).rejects.toThrow();
    expect(await write.changed()).toBe(false);
  });

  it.each([
    ['unavailable', 503],
    ['unauthorized', 401],
  ] as const)('%s: answers %d, and nothing changed', async (kind, status) => {
    const write = await prepare();
    await inject(write, { kind });
    expect((await send(write)).status).toBe(status);
    expect(await write.changed()).toBe(false);
  });

  it.each(['latency', 'malformed-json', 'bom', 'missing-field'] as const)(
    '%s: the change is made and answered (its body, if any, altered)',
    async (kind) => {
      const write = await prepare();
      await inject(write, { kind, latencyMs: 50 });
      const response = await send(write);
      expect(response.status).toBeLessThan(300);
      expect(await write.changed()).toBe(true);
      // The request used the fault up: none of the scope's is left to remove.
      const left = await emulator.request(`/__emulator/faults?scope=${scope}`, {
        method: 'DELETE',
      });
      expect(left.body).toEqual({ removed: 0 });
    },
  );
});
