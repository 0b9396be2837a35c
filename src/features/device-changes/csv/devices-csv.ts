import { partnerCenterDeviceCsv } from '@/lib/csv/partner-center-device-csv';
import { maskSecret } from '@/lib/presenter/mask-secret';

/** What a CSV row of a device holds: the fields of a Partner Center device CSV. */
export interface CsvDevice {
  readonly serialNumber?: string | undefined;
  readonly productKey?: string | undefined;
  readonly hardwareHash?: string | undefined;
  readonly manufacturer?: string | undefined;
  readonly modelName?: string | undefined;
}

/**
 * Devices in the Partner Center CSV format (`Device Serial Number,Windows Product ID,Hardware
 * Hash,Manufacturer name,Device model`), which the upload page reads back: deregistered devices can
 * be registered again from it. In presenter mode (`masked`) it holds what the screen shows, product
 * IDs and hashes masked, as the devices page's export does: it may well be opened on the shared screen.
 */
export function devicesCsv(devices: readonly CsvDevice[], masked: boolean): string {
  return partnerCenterDeviceCsv(
    devices.map((device) => ({
      device: {
        serialNumber: device.serialNumber,
        productKey:
          masked && device.productKey ? maskSecret(device.productKey, 4) : device.productKey,
        hardwareHash:
          masked && device.hardwareHash ? maskSecret(device.hardwareHash) : device.hardwareHash,
        oemManufacturerName: device.manufacturer,
        modelName: device.modelName,
      },
    })),
  );
}
