/**
 * Debian's Chromium with the end-to-end suite's flags (scripts/debian-chromium.ts), plus a DevTools port
 * so Lighthouse can drive the same, already signed-in tab. A persistent context is the browser's
 * default one, where Lighthouse's Puppeteer finds that tab.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/debian-chromium';
import { benchPorts } from './bench-ports';

/** Lighthouse's desktop screen, used for every figure so they describe the same page. */
export const windowSize = { width: 1350, height: 940 } as const;

export interface LaunchedChromium {
  readonly context: BrowserContext;
  /** E.g. "Chrome/156.0.8078.108", from the DevTools endpoint. */
  readonly version: string;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      `--remote-debugging-port=${benchPorts.devTools}`,
      `--window-size=${windowSize.width},${windowSize.height}`,
    ],
    // No viewport emulation from Playwright: Lighthouse sets its own on the same tab.
    viewport: null,
    locale: 'en-US',
    timezoneId: 'Europe/Amsterdam',
  });
  const versionResponse = await fetch(`http://127.0.0.1:${benchPorts.devTools}/json/version`);
  const { Browser: version } = (await versionResponse.json()) as { Browser: string };
  return {
    context,
    version,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
