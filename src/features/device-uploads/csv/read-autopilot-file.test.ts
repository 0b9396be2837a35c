import type { AutopilotFileRequest } from './autopilot-file-messages';
import { maxCsvBytes } from './decode-csv-bytes';
import { knownDevicesFrom, noKnownDevices } from './known-devices';
import { readAutopilotBytes } from './read-autopilot-bytes';
import { readAutopilotFile } from './read-autopilot-file';
import {
  goodHash,
  intuneHeader,
  knownSerial,
  mixedPartnerCenterCsv,
  partnerCenterHeader,
  pngBytes,
  utf16LeWithBom,
  utf8,
  windows1252,
} from './testing/autopilot-file-bytes';

const knownDevices = knownDevicesFrom([{ serialNumber: knownSerial }]);

function file(bytes: Uint8Array): Blob {
  return new Blob([new Uint8Array(bytes)], { type: 'text/csv' });
}

function aborted(): AbortSignal {
  const controller = new AbortController();
  controller.abort();
  return controller.signal;
}

const abortError = expect.objectContaining({ name: 'AbortError' });

describe('readAutopilotFile without a Worker (jsdom), on this thread', () => {
  it('runs in a test environment that has no Worker', () => {
    expect(typeof Worker).toBe('undefined');
  });

  it('reads a Partner Center CSV with good and bad rows', async () => {
    const reading = await readAutopilotFile(file(utf8(mixedPartnerCenterCsv)), knownDevices);
    expect(reading).toEqual(readAutopilotBytes(utf8(mixedPartnerCenterCsv), knownDevices));
    expect(reading).toMatchObject({
      kind: 'read',
      rowCount: 5,
      rowProblems: [{ code: 'wrong-cell-count', line: 6 }],
    });
    if (reading.kind !== 'read') throw new Error(reading.kind);
    expect(reading.validated.valid.map(({ line }) => line)).toEqual([2]);
    expect(reading.validated.invalid.map(({ line }) => line)).toEqual([3, 4, 5]);
  });

  it('reads an Intune CSV', async () => {
    const csv = `${intuneHeader}\r\nPF3ABCDE,,${goodHash},,\r\n`;
    await expect(readAutopilotFile(file(utf8(csv)), noKnownDevices)).resolves.toMatchObject({
      kind: 'read',
      format: 'intune',
      validated: { valid: [{ device: { serialNumber: 'PF3ABCDE' } }] },
    });
  });

  it('reads UTF-16 with a byte order mark and windows-1252 with ü', async () => {
    const csv = `${partnerCenterHeader}\r\nHX7Q2K1,,,Müller GmbH,Gerät 14\r\n`;
    const device = { oemManufacturerName: 'Müller GmbH', modelName: 'Gerät 14' };
    await expect(
      readAutopilotFile(file(utf16LeWithBom(csv)), noKnownDevices),
    ).resolves.toMatchObject({
      kind: 'read',
      encoding: 'utf-16le',
      validated: { valid: [{ device }] },
    });
    await expect(readAutopilotFile(file(windows1252(csv)), noKnownDevices)).resolves.toMatchObject({
      kind: 'read',
      encoding: 'windows-1252',
      validated: { valid: [{ device }] },
    });
  });

  it('calls an empty or binary file unreadable', async () => {
    await expect(readAutopilotFile(new Blob([]), noKnownDevices)).resolves.toEqual({
      kind: 'unreadable',
      problem: 'empty',
    });
    await expect(readAutopilotFile(file(pngBytes), noKnownDevices)).resolves.toEqual({
      kind: 'unreadable',
      problem: 'binary',
    });
  });

  it('refuses a file over the cap by its size, without reading it', async () => {
    const huge = new Blob(['not read']);
    Object.defineProperty(huge, 'size', { value: maxCsvBytes + 1 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    await expect(readAutopilotFile(huge, noKnownDevices)).resolves.toEqual({
      kind: 'unreadable',
      problem: 'too-large',
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('says why a CSV of something else is not an Autopilot CSV', async () => {
    const contacts = file(utf8('Name,Email\r\nAda,ada@contoso.example\r\n'));
    await expect(readAutopilotFile(contacts, noKnownDevices)).resolves.toMatchObject({
      kind: 'not-autopilot',
      encoding: 'utf-8',
      problem: { code: 'unrecognised-header' },
    });
  });

  it('rejects with an AbortError when aborted before or while the bytes are read', async () => {
    const csv = file(utf8(mixedPartnerCenterCsv));
    await expect(readAutopilotFile(csv, noKnownDevices, { signal: aborted() })).rejects.toEqual(
      abortError,
    );
    const controller = new AbortController();
    const reading = readAutopilotFile(csv, noKnownDevices, { signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toEqual(abortError);
  });
});

type FakeBehaviour = 'reply' | 'fail' | 'hang';

/** Stands in for the browser's Worker: "runs" the worker's step on a structured clone of the request. */
class FakeWorker extends EventTarget {
  static behaviour: FakeBehaviour = 'reply';
  static readonly started: FakeWorker[] = [];
  readonly url: string;
  readonly transfers: Transferable[][] = [];
  terminated = 0;

  constructor(
    url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    super();
    this.url = String(url);
    FakeWorker.started.push(this);
  }

  postMessage(request: AutopilotFileRequest, transfer: Transferable[]): void {
    this.transfers.push(transfer);
    // As the browser does: the transferred buffer leaves this side, the Sets arrive as Sets.
    const received = structuredClone(request, { transfer });
    setTimeout(() => {
      if (this.terminated > 0) return;
      if (FakeWorker.behaviour === 'fail') {
        this.dispatchEvent(new Event('error', { cancelable: true }));
      } else if (FakeWorker.behaviour === 'reply') {
        const data = readAutopilotBytes(new Uint8Array(received.bytes), received.knownDevices);
        this.dispatchEvent(new MessageEvent('message', { data }));
      }
    });
  }

  terminate(): void {
    this.terminated += 1;
  }
}

describe('readAutopilotFile with a Worker', () => {
  beforeEach(() => {
    FakeWorker.behaviour = 'reply';
    FakeWorker.started.length = 0;
    vi.stubGlobal('Worker', FakeWorker);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads in a module worker of its own, transferring the bytes, and terminates it', async () => {
    const reading = await readAutopilotFile(file(utf8(mixedPartnerCenterCsv)), knownDevices);
    expect(reading).toEqual(readAutopilotBytes(utf8(mixedPartnerCenterCsv), knownDevices));
    const [worker] = FakeWorker.started;
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker?.url).toContain('autopilot-file.worker');
    expect(worker?.options).toEqual({ type: 'module' });
    const [transfer] = worker?.transfers ?? [];
    expect(transfer).toHaveLength(1);
    expect((transfer?.[0] as ArrayBuffer).byteLength).toBe(0);
    expect(worker?.terminated).toBe(1);
  });

  it('starts one worker per file', async () => {
    const csv = file(utf8(mixedPartnerCenterCsv));
    await Promise.all([readAutopilotFile(csv, knownDevices), readAutopilotFile(csv, knownDevices)]);
    expect(FakeWorker.started.map((worker) => worker.terminated)).toEqual([1, 1]);
  });

  it('reads on this thread when the worker fails to load or throws', async () => {
    FakeWorker.behaviour = 'fail';
    const reading = await readAutopilotFile(file(utf8(mixedPartnerCenterCsv)), knownDevices);
    expect(reading).toEqual(readAutopilotBytes(utf8(mixedPartnerCenterCsv), knownDevices));
    expect(FakeWorker.started[0]?.terminated).toBe(1);
  });

  it('reads on this thread when no worker can be created', async () => {
    const refuse = vi.fn(function refuse() {
      throw new DOMException('Refused by the Content-Security-Policy', 'SecurityError');
    });
    vi.stubGlobal('Worker', refuse);
    await expect(
      readAutopilotFile(file(utf8(mixedPartnerCenterCsv)), knownDevices),
    ).resolves.toMatchObject({ kind: 'read', rowCount: 5 });
    expect(refuse).toHaveBeenCalledOnce();
  });

  it('terminates the worker and rejects with an AbortError when aborted', async () => {
    FakeWorker.behaviour = 'hang';
    const controller = new AbortController();
    const reading = readAutopilotFile(file(utf8(mixedPartnerCenterCsv)), knownDevices, {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(FakeWorker.started).toHaveLength(1));
    controller.abort();
    await expect(reading).rejects.toEqual(abortError);
    expect(FakeWorker.started[0]?.terminated).toBe(1);
  });

  it('refuses a file over the cap without starting a worker', async () => {
    const huge = new Blob(['not read']);
    Object.defineProperty(huge, 'size', { value: maxCsvBytes + 1 });
    await expect(readAutopilotFile(huge, noKnownDevices)).resolves.toMatchObject({
      problem: 'too-large',
    });
    expect(FakeWorker.started).toHaveLength(0);
  });
});
