import type { Random } from './random';

/**
 * Devices the documentation allows but a tidy fixture leaves out (docs/partner-center-api.md §7,
 * §15): registered by hardware hash alone (no serial, model or manufacturer), an id that is not a
 * GUID (`9993-8627-3608-6844-6369-4361-72` in the docs), an upload date that was never set.
 */
export interface DeviceOddities {
  readonly hashOnly: boolean;
  readonly nonGuidId: boolean;
  readonly unsetUploadDate: boolean;
}

/** Which oddities the device at `index` of a batch has; `random` is that device's own stream. */
export type DeviceVariety = (index: number, random: Random) => DeviceOddities;

const none: DeviceOddities = { hashOnly: false, nonGuidId: false, unsetUploadDate: false };

/**
 * The named demo batches: every device identified by serial, model and manufacturer with a GUID id,
 * so the end-to-end suites can search them by serial number.
 */
export const fixtureVariety: DeviceVariety = () => none;

/** Ordinary (generated) batches: a few devices of each kind, drawn from the seed. */
export const everydayVariety: DeviceVariety = (_index, random) => ({
  hashOnly: random.chance(0.05),
  nonGuidId: random.chance(0.04),
  unsetUploadDate: false,
});

/**
 * The live-forms customer: oddities at fixed positions, whatever the seed, so a test can name the
 * device it looks at. Index 1, 5, 9 … hash-only; 2, 7, 12 … a non-GUID id; 3, 13, 23 … an upload
 * date of `0001-01-01T00:00:00`.
 */
export const liveFormsVariety: DeviceVariety = (index) => ({
  hashOnly: index % 4 === 1,
  nonGuidId: index % 5 === 2,
  unsetUploadDate: index % 10 === 3,
});
