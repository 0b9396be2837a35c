import type { AutopilotFileReply, AutopilotFileRequest } from './autopilot-file-messages';
import { knownDevicesFrom } from './known-devices';
import { readAutopilotBytes } from './read-autopilot-bytes';
import { knownSerial, mixedPartnerCenterCsv, utf8 } from './testing/autopilot-file-bytes';

// Isolated: the worker module registers its listener on `self` when first imported.
describe('autopilot-file.worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("answers a request with the file's reading", async () => {
    const scope = Object.assign(new EventTarget(), { postMessage: vi.fn() });
    vi.stubGlobal('self', scope);
    await import('./autopilot-file.worker');

    const knownDevices = knownDevicesFrom([{ serialNumber: knownSerial }]);
    const bytes = utf8(mixedPartnerCenterCsv);
    const request: AutopilotFileRequest = { bytes: bytes.slice().buffer, knownDevices };
    scope.dispatchEvent(new MessageEvent('message', { data: request }));

    const expected: AutopilotFileReply = readAutopilotBytes(bytes, knownDevices);
    expect(scope.postMessage).toHaveBeenCalledExactlyOnceWith(expected);
  });
});
