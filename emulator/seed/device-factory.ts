import { randomDotNetDate, unsetDotNetDate } from './dotnet-dates';
import { hardwareHashFrom } from './hardware-hashes';
import { oemModels } from './oem-catalogue';
import { createRandom, type Random } from './random';
import type { DeviceRecord, DeviceSource } from './seed-records';

/**
 * Devices are never stored: each one is a pure function of its batch's seed key and its index, so
 * any page of a 10,000-device batch is generated on request in a few milliseconds and dropped
 * after.
 */
export function generateDevices(
  source: DeviceSource,
  offset: number,
  count: number,
): DeviceRecord[] {
  const devices: DeviceRecord[] = [];
  for (let index = offset; index < offset + count; index++) {
    devices.push(generateDevice(source, index));
  }
  return devices;
}

const upperCase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The form of the docs' example (docs/partner-center-api.md §7): `00329-00000-0003-AA6069`. */
const productKey = (random: Random): string =>
  `${random.digits(5)}-${random.digits(5)}-${random.digits(4)}-` +
  `${random.characters(upperCase, 2)}${random.digits(4)}`;

/** A device id like the policy-update example's `9993-8627-3608-6844-6369-4361-72` (§7). */
const nonGuidId = (random: Random): string =>
  `${Array.from({ length: 6 }, () => random.digits(4)).join('-')}-${random.digits(2)}`;

function generateDevice(source: DeviceSource, index: number): DeviceRecord {
  const random = createRandom(`${source.seedKey}/${String(index)}`);
  const oddities = source.variety(index, random);
  const model = random.chance(0.8) ? source.primaryModel : random.pick(oemModels);
  const profileDraw = random.next();
  const profileName =
    profileDraw < 0.85
      ? source.profileNames[0]
      : profileDraw < 0.9
        ? random.pick(source.profileNames)
        : undefined;
  const uploadedMs = source.firstUploadMs + index * 1500 + random.integer(0, 999);
  const guid = random.guid();
  const serialNumber = model.serialNumber(random);
  // A hash-only device was registered with its hash: it has one, and no product key.
  const hasProductKey = random.chance(0.4) && !oddities.hashOnly;
  const hasHash = random.chance(0.6) || oddities.hashOnly;
  const device: DeviceRecord = {
    id: oddities.nonGuidId ? nonGuidId(random) : guid,
    serialNumber,
    ...(hasProductKey && { productKey: productKey(random) }),
    ...(hasHash && { hardwareHash: hardwareHashFrom(random) }),
    modelName: model.modelName,
    oemManufacturerName: model.oemManufacturerName,
    ...(profileName !== undefined && { profileName }),
    uploadedDate: oddities.unsetUploadDate
      ? unsetDotNetDate
      : randomDotNetDate(random, uploadedMs, 0.2),
    ...(source.uploaders.length > 0 &&
      random.chance(0.7) && { uploadedBy: random.pick(source.uploaders) }),
    ...(oddities.hashOnly && { hashOnly: true }),
  };
  const override = source.overrides[index];
  return override === undefined
    ? device
    : { ...device, id: override.id, [override.field]: override.value };
}
