import type { KnownDevices } from './known-devices';
import type { AutopilotFileReading } from './read-autopilot-bytes';

/**
 * What the page posts to autopilot-file.worker.ts: the file's bytes, transferred (not copied), and
 * the customer's known devices, whose Sets structured clone copies as Sets.
 */
export interface AutopilotFileRequest {
  readonly bytes: ArrayBuffer;
  readonly knownDevices: KnownDevices;
}

/** The worker's one reply. A failure inside it reaches the page as the Worker's `error` event. */
export type AutopilotFileReply = AutopilotFileReading;
