import type { AutopilotFileReply, AutopilotFileRequest } from './autopilot-file-messages';
import { maxCsvBytes } from './decode-csv-bytes';
import type { KnownDevices } from './known-devices';
import type { AutopilotFileReading } from './read-autopilot-bytes';

export type { AutopilotFileReading } from './read-autopilot-bytes';

export interface ReadAutopilotFileOptions {
  /** Aborting terminates the worker and rejects with an AbortError. */
  signal?: AbortSignal;
}

function abortError(): DOMException {
  return new DOMException('Reading the file was cancelled.', 'AbortError');
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw abortError();
}

/**
 * A worker of its own for this file, or undefined where there is none (jsdom in unit tests) or it
 * cannot be created. Vite finds this exact `new Worker(new URL(…))` form and builds the worker file
 * as a chunk of its own.
 */
function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./autopilot-file.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/**
 * The worker's reading, or undefined when the worker failed: its script could not load, it threw,
 * or the request could not be posted. Either way the caller reads the file on this thread, where a
 * genuine bug throws again, with its stack, instead of hiding behind a worker's bare `error` event.
 */
function readInWorker(
  worker: Worker,
  request: AutopilotFileRequest,
  signal: AbortSignal | undefined,
): Promise<AutopilotFileReading | undefined> {
  return new Promise((resolve, reject) => {
    const finish = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    function onAbort(): void {
      finish();
      reject(abortError());
    }
    const onFailure = (event: Event): void => {
      // The page reads the file instead, so this is no uncaught error of the page's.
      event.preventDefault();
      finish();
      resolve(undefined);
    };
    worker.addEventListener('message', (event: MessageEvent<AutopilotFileReply>) => {
      finish();
      resolve(event.data);
    });
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // Transferred, not copied: up to 32 MiB that the page no longer needs.
      worker.postMessage(request, [request.bytes]);
    } catch {
      // Known devices that cannot be cloned: nothing was sent, and the page reads the file itself.
      finish();
      resolve(undefined);
    }
  });
}

/**
 * The worker's step on the page's own thread. Loaded only when needed: the worker bundles its own
 * copy of the parser, so the page's chunk need not carry a second one that it seldom runs.
 */
async function readOnThisThread(
  bytes: ArrayBuffer,
  knownDevices: KnownDevices,
  signal: AbortSignal | undefined,
): Promise<AutopilotFileReading> {
  const { readAutopilotBytes } = await import('./read-autopilot-bytes');
  throwIfAborted(signal);
  return readAutopilotBytes(new Uint8Array(bytes), knownDevices);
}

/**
 * Reads a dropped or picked file as an Autopilot CSV: decoded, parsed and checked against the
 * customer's known devices in a Web Worker, so a 5,000-device file never freezes the page. Without
 * a worker the same step runs on this thread. The file is refused as too large by its size, before
 * any of it is read.
 */
export async function readAutopilotFile(
  file: Blob,
  knownDevices: KnownDevices,
  options: ReadAutopilotFileOptions = {},
): Promise<AutopilotFileReading> {
  const { signal } = options;
  throwIfAborted(signal);
  if (file.size > maxCsvBytes) return { kind: 'unreadable', problem: 'too-large' };
  // Reading cannot be cancelled, but it is quick next to parsing; abort is honoured once it ends.
  const bytes = await file.arrayBuffer();
  throwIfAborted(signal);

  const worker = startWorker();
  if (worker === undefined) return readOnThisThread(bytes, knownDevices, signal);
  const reading = await readInWorker(worker, { bytes, knownDevices }, signal);
  if (reading !== undefined) return reading;
  // The failed worker may hold the bytes (they were transferred): read them again for this thread.
  return readOnThisThread(await file.arrayBuffer(), knownDevices, signal);
}
