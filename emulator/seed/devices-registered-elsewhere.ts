import { exampleHardwareHash } from './hardware-hashes';

/**
 * Devices that are "registered to another tenant": another partner or organisation still holds
 * their Autopilot registration, so uploading one to any customer gives the per-device error `808`
 * ZtdDeviceAssignedToOtherTenant (docs/partner-center-api.md §15). A device matches by its
 * hardware hash or by its serial number (ignoring case), so a CSV row with only the serial number,
 * manufacturer and model hits it as well as a row with only the hash.
 *
 * The values are fixed whatever `EMULATOR_SEED` is, so unit tests and the end-to-end suites can
 * build CSV files from them. The serial numbers follow each manufacturer's style (oem-catalogue.ts);
 * the odds of a seeded device drawing one of them are below one in a billion.
 */
export interface DeviceRegisteredElsewhere {
  readonly serialNumber: string;
  readonly oemManufacturerName: string;
  readonly modelName: string;
  /** A valid 4K-shaped hash (5,336 base64 characters). */
  readonly hardwareHash: string;
}

export const devicesRegisteredElsewhere: readonly DeviceRegisteredElsewhere[] = [
  {
    serialNumber: '5CG3080808',
    oemManufacturerName: 'HP',
    modelName: 'HP EliteBook 840 G10',
    hardwareHash: exampleHardwareHash('registered-elsewhere/1'),
  },
  {
    serialNumber: 'PF0E808A',
    oemManufacturerName: 'LENOVO',
    modelName: 'ThinkPad T14 Gen 4',
    hardwareHash: exampleHardwareHash('registered-elsewhere/2'),
  },
  {
    serialNumber: '080808080808',
    oemManufacturerName: 'Microsoft Corporation',
    modelName: 'Surface Laptop 5',
    hardwareHash: exampleHardwareHash('registered-elsewhere/3'),
  },
];
