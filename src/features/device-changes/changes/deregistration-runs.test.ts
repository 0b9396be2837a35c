import { PartnerCenterError } from '@/lib/api-client/api-error';
import type { DeregisterAnswer, DeviceInBatch } from '../api/deregister-device';
import { memoryStore } from '../testing/memory-store';
import {
  deregistrationRun,
  forgetDeregistrationRuns,
  type RunDependencies,
} from './deregistration-runs';
import {
  findRememberedChange,
  rememberChange,
  type DeregistrationDevice,
  type RememberedDeregistration,
} from './remembered-changes';

const customerId = 'customer-a';
const change = (devices: DeregistrationDevice[], changeId = 'c1'): RememberedDeregistration => ({
  kind: 'deregister',
  changeId,
  customerId,
  batchId: 'Lab #3',
  startedAt: '2026-12-06T03:00:00.000Z',
  devices,
});
const pending = (id: string): DeregistrationDevice => ({
  id,
  serialNumber: `SN-${id}`,
  outcome: 'pending',
});

function dependencies(
  answer: (device: DeviceInBatch) => Promise<DeregisterAnswer>,
  overrides: Partial<RunDependencies> = {},
) {
  const store = memoryStore();
  const deregister = vi.fn((device: DeviceInBatch) => answer(device));
  const onFinished = vi.fn();
  return {
    store,
    deregister,
    onFinished,
    dependencies: {
      accountId: 'adele',
      store,
      deregister,
      onFinished,
      showEveryMs: 0,
      saveEveryMs: 0,
      lookEveryMs: 5,
      ...overrides,
    } satisfies RunDependencies,
  };
}

const serverError = (requestId: string) =>
  new PartnerCenterError({
    kind: 'http',
    method: 'DELETE',
    url: 'https://example.test/v1/…',
    status: 500,
    code: 800003,
    description: 'Unexpected service error',
    requestId,
    correlationId: 'corr-1',
  });

afterEach(() => {
  forgetDeregistrationRuns();
});

describe('a deregistration run', () => {
  it('resumes a kept change after a reload: only its pending devices are sent, 404 as already gone', async () => {
    const {
      store,
      deregister,
      onFinished,
      dependencies: deps,
    } = dependencies((device) =>
      Promise.resolve(device.deviceId === 'd3' ? 'already-gone' : 'deregistered'),
    );
    const kept = change([
      { ...pending('d1'), outcome: 'deregistered' },
      pending('d2'),
      pending('d3'),
    ]);
    await rememberChange(store, 'adele', kept);

    const run = deregistrationRun(kept, deps);
    await vi.waitFor(() => {
      expect(run.snapshot().status).toBe('done');
    });

    expect(deregister.mock.calls.map(([device]) => device.deviceId)).toEqual(['d2', 'd3']);
    expect(deregister.mock.calls[0]?.[0]).toMatchObject({ customerId, batchId: 'Lab #3' });
    expect(run.snapshot().change.devices.map((device) => device.outcome)).toEqual([
      'deregistered',
      'deregistered',
      'already-gone',
    ]);
    const saved = await findRememberedChange(store, 'adele', customerId, 'c1');
    expect(saved?.kind === 'deregister' && saved.devices.map((device) => device.outcome)).toEqual([
      'deregistered',
      'deregistered',
      'already-gone',
    ]);
    expect(onFinished).toHaveBeenCalledTimes(1);
  });

  it('sends a few at a time, never more than four', async () => {
    let inFlight = 0;
    let most = 0;
    const { dependencies: deps } = dependencies(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return 'deregistered';
    });
    const run = deregistrationRun(
      change(Array.from({ length: 30 }, (_, index) => pending(`d${String(index)}`))),
      deps,
    );
    await vi.waitFor(() => {
      expect(run.snapshot().status).toBe('done');
    });
    expect(most).toBe(4);
  });

  it('reports what the client could not get through as refused, with the ids, and tries those again', async () => {
    let failing = true;
    const { deregister, dependencies: deps } = dependencies((device) =>
      failing && device.deviceId === 'd2'
        ? Promise.reject(serverError('req-d2'))
        : Promise.resolve('deregistered'),
    );
    const run = deregistrationRun(change([pending('d1'), pending('d2')]), deps);
    await vi.waitFor(() => {
      expect(run.snapshot().status).toBe('done');
    });
    expect(run.snapshot().change.devices[1]).toMatchObject({
      outcome: 'refused',
      failure: { status: 500, code: '800003', requestId: 'req-d2', correlationId: 'corr-1' },
    });

    failing = false;
    run.retryRefused();
    await vi.waitFor(() => {
      expect(run.snapshot().change.devices[1]?.outcome).toBe('deregistered');
    });
    expect(run.snapshot().status).toBe('done');
    expect(deregister.mock.calls.map(([device]) => device.deviceId)).toEqual(['d1', 'd2', 'd2']);
  });

  it('leaves the DELETEs to another tab that holds the change, and follows what it saves', async () => {
    const request = vi.fn(
      (_name: string, _options: LockOptions, callback: (lock: Lock | null) => unknown) =>
        Promise.resolve(callback(null)),
    );
    const {
      store,
      deregister,
      dependencies: deps,
    } = dependencies(() => Promise.resolve('deregistered'), {
      locks: { request } as unknown as Pick<LockManager, 'request'>,
    });
    const started = change([pending('d1')]);
    await rememberChange(store, 'adele', started);
    const run = deregistrationRun(started, deps);
    await vi.waitFor(() => {
      expect(run.snapshot().status).toBe('elsewhere');
    });

    // The other tab finishes and saves.
    await rememberChange(store, 'adele', change([{ ...pending('d1'), outcome: 'deregistered' }]));
    await vi.waitFor(() => {
      expect(run.snapshot().status).toBe('done');
    });
    expect(run.snapshot().change.devices[0]?.outcome).toBe('deregistered');
    expect(deregister).not.toHaveBeenCalled();
  });
});
