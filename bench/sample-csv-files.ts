/**
 * Sample Autopilot CSVs for the upload figures (makeSampleAutopilotCsv), written to a temporary
 * folder so that the file input is given a path: Playwright then hands Chromium the path itself
 * (CDP DOM.setFileInputFiles), and no 20 MB pass through the page's JavaScript before the page sees
 * its `change` event, which would add the harness's own long task to the page's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSampleAutopilotCsv } from '../src/features/device-uploads/csv/testing/make-sample-autopilot-csv';
import type { DeviceToUpload } from '../src/lib/partner-center/device-upload-request';

export interface SampleFiles {
  /** Writes `text` as `name` in the folder; returns its path. */
  write(name: string, text: string): Promise<string>;
  remove(): Promise<void>;
}

export async function sampleFiles(): Promise<SampleFiles> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-csv-'));
  return {
    async write(name, text) {
      const path = join(folder, name);
      await writeFile(path, text, 'utf8');
      return path;
    },
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

/**
 * Devices the emulator has not seen in this run: it remembers every registration (by serial number
 * and by hash) for as long as it runs, so each upload needs serial numbers under a prefix of its
 * own (`SMP` is replaced; keep it 3 characters, the serials stay 10 long) and hashes of its own
 * (another seed draws other random text after each hash's row number).
 */
export function freshSampleCsv(rows: number, prefix: string, seed: number): string {
  if (!/^[A-Z][A-Z0-9]{2}$/.test(prefix)) throw new Error(`not a 3-character prefix: ${prefix}`);
  return makeSampleAutopilotCsv(rows, { seed }).replace(/^SMP/gm, prefix);
}

/** The CSV's devices as the upload page sends them (validate-device-rows.ts): empty fields left out. */
export function devicesOfSampleCsv(csv: string): DeviceToUpload[] {
  return csv
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const [serialNumber = '', productKey = '', hardwareHash = '', manufacturer = '', model = ''] =
        line.split(',');
      const device: DeviceToUpload = { hardwareHash, serialNumber };
      if (productKey !== '') device.productKey = productKey;
      if (manufacturer !== '') device.oemManufacturerName = manufacturer;
      if (model !== '') device.modelName = model;
      return device;
    });
}
