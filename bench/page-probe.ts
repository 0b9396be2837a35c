/**
 * A probe installed in the page before the app's own scripts (Playwright init script), timing when
 * something first appears, on the page's own clock (performance.now(): 0 is the navigation start).
 *
 * How "shown" is measured, and why it is honest: a MutationObserver on the whole document runs its
 * callback right after the task that changed the DOM (React's commit), so `found` is when the rows
 * entered the DOM, to the millisecond, with no polling delay. Rows in the DOM are not yet on screen:
 * the browser still has to lay out and paint them. So the probe then asks for the next animation
 * frame and, from it, queues a task; that task runs once that frame's style, layout and paint are
 * done, and its time is `painted`, which every figure uses. It can be late by at most one frame
 * (about 16 ms), never early.
 *
 * The probe is plain JavaScript in a string: tsx compiles this file with esbuild's keepNames, whose
 * `__name` helper does not exist in the page, so a TypeScript function cannot be sent as it is.
 */
export interface ProbeWatch {
  readonly name: string;
  readonly selector: string;
  /** When set, an element matching `selector` must also have text matching this pattern. */
  readonly text?: string;
}

export interface ProbeMark {
  readonly found: number;
  readonly painted?: number;
}

declare global {
  interface Window {
    benchProbe?: {
      readonly marks: Record<string, ProbeMark | undefined>;
      /** Forgets a mark, to time its next appearance (e.g. after a click). */
      reset(name: string): void;
    };
  }
}

/** What every figure looks for, in the English UI (the browser's locale is en-US). */
export const watches = {
  batchRows: { name: 'batchRows', selector: 'table[aria-label="Device batches"] tbody tr' },
  deviceRows: {
    name: 'deviceRows',
    selector: '[role="region"][aria-label="Devices in this batch"] tbody tr[data-index]',
  },
  allDevicesLoaded: {
    name: 'allDevicesLoaded',
    selector: '[role="status"]',
    text: '^(All [\\d,]+ devices|1 device) loaded\\.$',
  },
  /** The upload page's summary of a file it has read (file-summary.tsx). */
  uploadReady: {
    name: 'uploadReady',
    selector: 'section[aria-labelledby="upload-file-summary"] li',
    text: '^[\\d,]+ devices? ready to register$',
  },
  /** The upload tracker's page, whatever the upload's stage (upload-page.tsx). */
  trackerShown: { name: 'trackerShown', selector: '[data-page-heading]', text: '^Upload to ' },
  /** The upload tracker, once the upload has finished, with or without errors (upload-stage-text.tsx). */
  uploadFinished: {
    name: 'uploadFinished',
    selector: '[role="status"]',
    text: '^Finished(: every device is registered| with errors: some devices were not registered)\\.$',
  },
} as const satisfies Record<string, ProbeWatch>;

const probeSource = `(watches) => {
  if (window.top !== window) return;
  // Every devices page of a 10,000-device batch must stay in the resource timeline.
  performance.setResourceTimingBufferSize(5000);
  const marks = {};
  const present = (watch) => {
    const elements = document.querySelectorAll(watch.selector);
    if (watch.text === undefined) return elements.length > 0;
    const pattern = new RegExp(watch.text);
    return Array.prototype.some.call(elements, (element) => pattern.test(element.textContent.trim()));
  };
  const check = () => {
    for (const watch of watches) {
      if (marks[watch.name] !== undefined || !present(watch)) continue;
      const mark = { found: performance.now() };
      marks[watch.name] = mark;
      requestAnimationFrame(() => {
        setTimeout(() => {
          mark.painted = performance.now();
        }, 0);
      });
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  window.benchProbe = {
    marks,
    reset: (name) => {
      delete marks[name];
    },
  };
}`;

/** The init script: the probe, called with every watch. */
export function probeScript(): string {
  return `(${probeSource})(${JSON.stringify(Object.values(watches))});`;
}
