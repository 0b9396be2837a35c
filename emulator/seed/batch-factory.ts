import { demoAccounts } from '../identity/demo-accounts';
import { everydayVariety, type DeviceVariety } from './device-variety';
import { parseDotNetDate, randomDotNetDate, unsetDotNetDate } from './dotnet-dates';
import { partnerTenantName, type NamedBatch } from './named-batches';
import { oemModels } from './oem-catalogue';
import { createRandom, type Random } from './random';
import type { BatchRecord, DeviceSource } from './seed-records';

/** What a batch needs to know about its customer. */
export interface BatchOwner {
  readonly id: string;
  readonly companyName: string;
  readonly defaultDomain: string;
  readonly profileNames: readonly string[];
}

/** Partner staff who upload devices: the demo accounts with a Partner Center role. */
const partnerUploaders = demoAccounts
  .filter((account) => account.role !== 'none')
  .map((account) => account.username);

const months = ['January', 'March', 'May', 'June', 'September', 'November'];
const departments = ['Finance', 'Sales', 'Warehouse', 'Field service', 'Reception', 'Engineering'];

function batchName(random: Random): string {
  switch (random.integer(0, 4)) {
    case 0:
      return `Wave ${String(random.integer(1, 12))}`;
    case 1:
      return `Autopilot ${random.pick(months)} ${String(random.integer(2019, 2025))}`;
    case 2:
      return `${random.pick(departments)} laptops`;
    case 3:
      return `Refresh ${String(random.integer(2019, 2025))}-${random.digits(2)}`;
    default:
      return `PO-${random.digits(6)}`;
  }
}

/**
 * The resource definition has no `status` (docs/partner-center-api.md §8): many batches come
 * without one. The others are settled; nothing documents a batch list's status changing (progress
 * is read from batchJobStatus), so unfinished batches live only in the named demo customers.
 */
function batchStatus(random: Random): string | undefined {
  const draw = random.next();
  if (draw < 0.5) return 'finished';
  if (draw < 0.6) return 'finished_with_errors';
  return undefined;
}

/** Where a batch's uploads start: its creation date, or a fixed day when that was never set. */
function uploadStartMs(creationDate: string): number {
  return creationDate === unsetDotNetDate ? Date.UTC(2020, 0, 6, 9) : parseDotNetDate(creationDate);
}

function deviceSource(
  seed: string,
  owner: BatchOwner,
  batch: NamedBatch,
  variety: DeviceVariety,
): DeviceSource {
  const seedKey = `${seed}/devices/${owner.id}/${batch.id}`;
  const random = createRandom(seedKey);
  const uploaderDraw = random.next();
  return {
    seedKey,
    firstUploadMs: uploadStartMs(batch.creationDate) + random.integer(1, 600) * 1000,
    primaryModel: random.pick(oemModels),
    profileNames: owner.profileNames,
    uploaders:
      uploaderDraw < 0.4
        ? partnerUploaders
        : uploaderDraw < 0.7
          ? [`it-admin@${owner.defaultDomain}`]
          : [],
    overrides: batch.deviceOverrides ?? [],
    variety,
  };
}

/** A batch record for a batch whose fields are given (named customers, and generated ones). */
export function createBatchRecord(
  seed: string,
  owner: BatchOwner,
  batch: NamedBatch,
  variety: DeviceVariety,
): BatchRecord {
  return {
    id: batch.id,
    ...(batch.status !== undefined && { status: batch.status }),
    ...(batch.statusProgression !== undefined && { statusProgression: batch.statusProgression }),
    creationDate: batch.creationDate,
    devicesCount: batch.devicesCount,
    devicesServed: batch.devicesServed ?? batch.devicesCount,
    ...(batch.createdBy !== undefined && { createdBy: batch.createdBy }),
    deviceSource: deviceSource(seed, owner, batch, variety),
  };
}

/** None to eight batches with everyday names, finished or without a status, newest last. */
export function generateBatches(
  seed: string,
  owner: BatchOwner,
  variety: DeviceVariety = everydayVariety,
): BatchRecord[] {
  const random = createRandom(`${seed}/batches/${owner.id}`);
  const count = random.chance(0.15) ? 0 : random.integer(1, random.chance(0.6) ? 3 : 8);
  const batches: NamedBatch[] = [];
  let creationMs = Date.UTC(2019, 0, 1) + random.integer(0, 4 * 365) * 86_400_000;
  while (batches.length < count) {
    const id = batchName(random);
    creationMs += random.integer(1, 120) * 86_400_000 + random.integer(0, 86_399) * 1000;
    if (batches.some((batch) => batch.id.toLowerCase() === id.toLowerCase())) continue;
    const status = batchStatus(random);
    const createdByDraw = random.next();
    batches.push({
      id,
      ...(status !== undefined && { status }),
      creationDate: randomDotNetDate(random, creationMs),
      devicesCount: Math.max(1, Math.round(Math.exp(random.next() * Math.log(400)))),
      ...(createdByDraw < 0.5 && { createdBy: partnerTenantName }),
      ...(createdByDraw >= 0.5 && createdByDraw < 0.65 && { createdBy: owner.companyName }),
    });
  }
  return batches.map((batch) => createBatchRecord(seed, owner, batch, variety));
}
