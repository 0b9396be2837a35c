/**
 * Reading a dropped Autopilot CSV: 5,000 Partner Center rows with 4K-size hashes (about 20 MB),
 * decoded, parsed and checked against a customer's 10,000 known devices, the step the upload page
 * runs in autopilot-file.worker.ts. Timed in Node, which runs the same V8 as Chromium without a
 * browser to start, so the figure is the work alone: how long the worker takes, not the page (which
 * stays responsive meanwhile). What the page does pay on its own thread is taking the reply in:
 * deserialising the result, 20 MB of hashes among it. postMessage uses V8's serializer, which
 * node:v8 exposes, so that is timed alongside.
 */
import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import {
  knownDevicesFrom,
  type KnownDevices,
} from '../src/features/device-uploads/csv/known-devices';
import { readAutopilotBytes } from '../src/features/device-uploads/csv/read-autopilot-bytes';
import { makeSampleAutopilotCsv } from '../src/features/device-uploads/csv/testing/make-sample-autopilot-csv';
import type { Figure } from './figure';
import { formatMiB, formatSummary, summarise } from './stats';

const rows = 5_000;
const knownCount = 10_000;

/**
 * The customer's devices in other batches: none of them in the file, so every row is checked
 * against all three sets and none is left out early, the costlier case.
 */
function tenThousandKnownDevices(): KnownDevices {
  const sample = makeSampleAutopilotCsv(knownCount, { hashBytes: 1_024, seed: 99 });
  const devices = sample
    .split('\r\n')
    .slice(1, -1)
    .map((line, index) => {
      const [, , hardwareHash] = line.split(',');
      return { serialNumber: `KNOWN${index}`, hardwareHash, productKey: `PK-${index}` };
    });
  return knownDevicesFrom(devices);
}

function time<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

export async function benchmarkCsvValidation(runs: number): Promise<Figure[]> {
  const bytes = new TextEncoder().encode(makeSampleAutopilotCsv(rows));
  const knownDevices = tenThousandKnownDevices();
  const readings: number[] = [];
  const replies: number[] = [];
  // One run first, not counted: V8 compiles the parser's hot loops on it.
  readAutopilotBytes(bytes, knownDevices);
  for (let run = 0; run < runs; run += 1) {
    const { result: reading, ms } = time(() => readAutopilotBytes(bytes, knownDevices));
    if (reading.kind !== 'read' || reading.validated.valid.length !== rows) {
      throw new Error(`the sample did not read as ${rows} valid devices (${reading.kind})`);
    }
    readings.push(ms);
    const reply = serialize(reading);
    replies.push(time((): unknown => deserialize(reply)).ms);
    // Lets a caller's timers and output run between half-second blocks of synchronous work.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const reading = summarise(readings);
  const name = `${rows.toLocaleString('en-US')}-row CSV (${formatMiB(bytes.length)})`;
  return [
    {
      figure: `${name}: decode, parse and validate against ${knownCount.toLocaleString('en-US')} known devices (Node)`,
      value: formatSummary(reading),
    },
    {
      figure: `${name}: the result deserialised on the page (the worker's reply)`,
      value: formatSummary(summarise(replies)),
    },
  ];
}
