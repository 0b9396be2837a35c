import { checkHardwareHash } from '../check-hardware-hash';
import { decodeCsvBytes, maxCsvBytes } from '../decode-csv-bytes';
import { noKnownDevices } from '../known-devices';
import { parseAutopilotCsv } from '../parse-autopilot-csv';
import { splitIntoRequests } from '@/lib/partner-center/split-into-requests';
import { validateDeviceRows } from '../validate-device-rows';
import { makeSampleAutopilotCsv } from './make-sample-autopilot-csv';

describe('makeSampleAutopilotCsv', () => {
  it('writes the same file for the same arguments, with 4K-size hashes that pass the check', () => {
    const csv = makeSampleAutopilotCsv(3);
    expect(makeSampleAutopilotCsv(3)).toBe(csv);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model',
    );
    expect(lines).toHaveLength(5);
    const hash = lines[1]?.split(',')[2] ?? '';
    expect(hash).toHaveLength(4_000);
    expect(hash.startsWith('T0')).toBe(true);
    expect(atob(hash)).toHaveLength(3_000);
    for (const bytes of [1_030, 1_031, 4_096]) {
      const other = makeSampleAutopilotCsv(1, { hashBytes: bytes }).split('\r\n')[1]?.split(',')[2];
      expect(atob(other ?? '')).toHaveLength(bytes);
      expect(checkHardwareHash(other ?? '')).toBeUndefined();
    }
  });

  it('fits 5,000 devices with the largest 4K hashes under the size cap', () => {
    const hundred = new TextEncoder().encode(makeSampleAutopilotCsv(100, { hashBytes: 4_096 }));
    expect(hundred.length * 50).toBeLessThan(maxCsvBytes);
  });

  it('takes 5,000 devices from bytes to requests, all of them valid', { timeout: 120_000 }, () => {
    const bytes = new TextEncoder().encode(makeSampleAutopilotCsv(5_000));
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) throw new Error(`not decoded: ${decoded.problem}`);
    const parsed = parseAutopilotCsv(decoded.text);
    if (!parsed.ok) throw new Error(`not parsed: ${parsed.problem.code}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(5_000);
    expect(parsed.rows.at(-1)?.line).toBe(5_001);
    const { valid, invalid } = validateDeviceRows(parsed.rows, { knownDevices: noKnownDevices });
    expect(invalid).toEqual([]);
    expect(splitIntoRequests(valid.map(({ device }) => device)).map((r) => r.length)).toEqual(
      Array.from({ length: 10 }, () => 500),
    );
  });
});
