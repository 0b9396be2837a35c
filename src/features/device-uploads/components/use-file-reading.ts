import { useEffect, useState } from 'react';
import type { KnownDevices } from '../csv/known-devices';
import { readAutopilotFile, type AutopilotFileReading } from '../csv/read-autopilot-file';

export type FileReadingState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading' }
  | { readonly status: 'read'; readonly reading: AutopilotFileReading }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * The chosen file, read and checked (off the main thread) against the customer's known devices;
 * read again when those arrive, so a file chosen early is still checked against them. A newer file
 * or a newer list cancels the reading under way.
 */
export function useFileReading(
  file: File | undefined,
  knownDevices: KnownDevices,
): FileReadingState {
  const [state, setState] = useState<{
    file: File;
    known: KnownDevices;
    result: FileReadingState;
  }>();
  useEffect(() => {
    if (!file) return;
    const controller = new AbortController();
    readAutopilotFile(file, knownDevices, { signal: controller.signal }).then(
      (reading) => {
        setState({ file, known: knownDevices, result: { status: 'read', reading } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ file, known: knownDevices, result: { status: 'failed', error } });
      },
    );
    return () => {
      controller.abort();
    };
  }, [file, knownDevices]);

  if (!file) return { status: 'idle' };
  if (state?.file !== file) return { status: 'reading' };
  // A re-check against newly loaded known devices keeps the earlier result on screen meanwhile.
  return state.result;
}
