import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyBatches } from '../seed/named-batches';
import { customerWithManyBatches } from '../seed/named-customers';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

const customerPath = `/v1/customers/${customerWithManyBatches.id}`;
const paths = [
  '/v1/customers?size=500',
  customerPath,
  `${customerPath}/deviceBatches`,
  `${customerPath}/policies`,
  `${customerPath}/deviceBatches/${encodeURIComponent(manyBatches.tenThousandDevices.id)}/devices`,
];

const emulators: TestEmulator[] = [];
beforeAll(async () => {
  for (const seed of [7, 7, 8]) emulators.push(await startTestEmulator({ seed }));
});
afterAll(async () => {
  await Promise.all(emulators.map((emulator) => emulator.close()));
});

async function bodies(emulator: TestEmulator | undefined): Promise<string[]> {
  if (emulator === undefined) throw new Error('emulator not started');
  return Promise.all(paths.map(async (path) => (await emulator.request(path)).text));
}

describe('the seed', () => {
  it('gives byte-identical responses for the same seed', async () => {
    const [first, second] = [await bodies(emulators[0]), await bodies(emulators[1])];
    expect(second).toEqual(first);
  });

  it('gives different data for another seed, but the same named batches', async () => {
    const [first, other] = [await bodies(emulators[0]), await bodies(emulators[2])];
    const batchesIndex = 2;
    for (const [index, body] of other.entries()) {
      if (index === batchesIndex) expect(body).toBe(first[index]);
      else expect(body).not.toBe(first[index]);
    }
  });
});
