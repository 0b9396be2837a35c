import type { PolicyRecord } from './autopilot-profiles';
import type { DeviceVariety } from './device-variety';
import type { OemModel } from './oem-catalogue';

/**
 * What the seed knows about the partner's customers, independent of how the API shapes it.
 * Optional fields are absent (never null) when a resource has no value.
 */
/**
 * How a customer's batches and devices are written on the wire: `documented`, as the docs'
 * examples write them (absent values left out); `live`, in the forms the live API is known to send
 * and the examples hide (nulls, `deviceCount`, links without `headers`, a paged batch list).
 */
export type WireForms = 'documented' | 'live';

export interface PostalAddress {
  readonly country: string;
  readonly state?: string;
  readonly city: string;
  readonly addressLine1: string;
  readonly postalCode: string;
  readonly phoneNumber: string;
}

export interface ContactPerson {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
}

export interface CustomerRecord {
  readonly id: string;
  readonly commerceId: string;
  readonly companyName: string;
  readonly defaultDomain: string;
  readonly customDomains: readonly string[];
  readonly relationshipToPartner: 'reseller' | 'advisor';
  readonly allowDelegatedAccess: boolean;
  readonly visibleToSalesAgent: boolean;
  readonly wireForms: WireForms;
  readonly email: string;
  readonly address: PostalAddress;
  readonly billing: {
    readonly id: string;
    readonly contact: ContactPerson;
    readonly culture: string;
    readonly language: string;
    readonly etag: string;
  };
  readonly policies: readonly PolicyRecord[];
  readonly batches: readonly BatchRecord[];
}

export type DeviceTextField = 'serialNumber' | 'productKey' | 'modelName' | 'oemManufacturerName';

/** A fixed device at a fixed position in its batch (index = position in the overrides list). */
export interface DeviceOverride {
  readonly id: string;
  readonly field: DeviceTextField;
  readonly value: string;
}

/** Everything needed to generate a batch's devices lazily, any page in any order. */
export interface DeviceSource {
  readonly seedKey: string;
  readonly firstUploadMs: number;
  readonly primaryModel: OemModel;
  readonly profileNames: readonly string[];
  readonly uploaders: readonly string[];
  readonly overrides: readonly DeviceOverride[];
  readonly variety: DeviceVariety;
}

export interface BatchRecord {
  readonly id: string;
  readonly status?: string;
  /** For batches that finish while being polled; takes the place of `status`. */
  readonly statusProgression?: readonly [string, string, string];
  readonly creationDate: string;
  readonly devicesCount: number;
  /** How many devices the devices endpoint serves; differs from `devicesCount` on purpose once. */
  readonly devicesServed: number;
  readonly createdBy?: string;
  readonly deviceSource: DeviceSource;
}

export interface DeviceRecord {
  readonly id: string;
  readonly serialNumber: string;
  readonly productKey?: string;
  readonly hardwareHash?: string;
  readonly modelName: string;
  readonly oemManufacturerName: string;
  /** The assigned Autopilot profile's name; absent when none is assigned. */
  readonly profileName?: string;
  readonly uploadedDate: string;
  readonly uploadedBy?: string;
  /**
   * Registered by its hardware hash alone (docs/partner-center-api.md §15): the API sends no
   * serial number, model or manufacturer for it, although the record keeps the machine's.
   */
  readonly hashOnly?: true;
}
