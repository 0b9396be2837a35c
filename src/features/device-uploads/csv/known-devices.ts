/**
 * The devices this customer already has in any batch, normalised, to flag a file's rows that
 * would be refused as already registered (806). A re-collected hash differs from the first one
 * (it carries the time it was made), so the serial number is what finds most of them.
 */
export interface KnownDevices {
  readonly serialNumbers: ReadonlySet<string>;
  readonly hardwareHashes: ReadonlySet<string>;
  readonly productKeys: ReadonlySet<string>;
}

export const noKnownDevices: KnownDevices = {
  serialNumbers: new Set(),
  hardwareHashes: new Set(),
  productKeys: new Set(),
};

/**
 * Serial numbers as one device, whatever the case or spaces: OEMs print them in capitals, but
 * hand-typed files and some firmware do not. Two devices whose serials differ only in case are
 * far rarer than one device typed two ways.
 */
export function normaliseSerialNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** Product IDs (`00329-00000-0003-AA6069`): letters compared regardless of case. */
export function normaliseProductKey(value: string): string {
  return value.trim().toUpperCase();
}

/** Base64 is case-sensitive: only the spaces a copy adds are dropped. */
export function normaliseHardwareHash(value: string): string {
  return value.replace(/\s+/g, '');
}

interface DeviceIdentifiers {
  readonly serialNumber?: string | null | undefined;
  readonly hardwareHash?: string | null | undefined;
  readonly productKey?: string | null | undefined;
}

function addNormalised(
  set: Set<string>,
  value: string | null | undefined,
  normalise: (value: string) => string,
): void {
  if (value === null || value === undefined) return;
  const normalised = normalise(value);
  if (normalised !== '') set.add(normalised);
}

/** The identifiers of the customer's devices (from any batch), normalised for comparison. */
export function knownDevicesFrom(devices: Iterable<DeviceIdentifiers>): KnownDevices {
  const serialNumbers = new Set<string>();
  const hardwareHashes = new Set<string>();
  const productKeys = new Set<string>();
  for (const device of devices) {
    addNormalised(serialNumbers, device.serialNumber, normaliseSerialNumber);
    addNormalised(hardwareHashes, device.hardwareHash, normaliseHardwareHash);
    addNormalised(productKeys, device.productKey, normaliseProductKey);
  }
  return { serialNumbers, hardwareHashes, productKeys };
}
