/**
 * Reads one dropped file off the page's thread: a 5,000-device file is some 20 MB of hashes, and
 * decoding, parsing and checking it on the page would freeze it for the whole time.
 * read-autopilot-file.ts starts one worker per file and terminates it after the reply.
 */
import type { AutopilotFileReply, AutopilotFileRequest } from './autopilot-file-messages';
import { readAutopilotBytes } from './read-autopilot-bytes';

/**
 * The part of DedicatedWorkerGlobalScope used here. The app is type-checked with the DOM library,
 * where `self` is a Window, and the WebWorker library cannot be added to the same program.
 */
interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<AutopilotFileRequest>) => void,
  ): void;
  postMessage(message: AutopilotFileReply): void;
}

const scope = self as unknown as WorkerScope;

// No try/catch: an exception becomes the Worker's `error` event, and the page then reads the file
// itself, where the same exception surfaces with its stack.
scope.addEventListener('message', ({ data }) => {
  scope.postMessage(readAutopilotBytes(new Uint8Array(data.bytes), data.knownDevices));
});
