/**
 * Figure 5, Lighthouse 12.2.3 with its desktop preset on the batches page, signed in.
 *
 * MSAL keeps its cache in sessionStorage, which belongs to one tab, so a tab Lighthouse opened for
 * itself would land on the sign-in page. Instead Lighthouse gets the benchmark's own signed-in tab:
 * its Puppeteer connects to Chromium's DevTools port and hands that tab to `lighthouse()`. Lighthouse
 * navigates it (about:blank, then the page), which keeps the tab's sessionStorage; its storage reset
 * clears the HTTP cache and service workers but not sessionStorage or localStorage.
 *
 * Lighthouse lives in bench/lighthouse/ with its own lockfile, out of the app's dependencies; the
 * first `npm run bench` installs it there with `npm ci`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { benchPorts } from './bench-ports';
import type { Figure } from './figure';

const lighthouseDir = fileURLToPath(new URL('./lighthouse/', import.meta.url));
/** The whole report, for the details of a missed target (open it in the Lighthouse viewer). */
export const lighthouseReportPath = '.local/bench-lighthouse.json';

/** The issue's targets, per category. */
const targets = { performance: 98, accessibility: 100, 'best-practices': 100 } as const;
type Category = keyof typeof targets;

// Only what the benchmark uses of Puppeteer and Lighthouse: their types live in bench/lighthouse/,
// which typechecking must not need (it is installed on the first run).
interface PuppeteerPage {
  url(): string;
}
interface PuppeteerBrowser {
  pages(): Promise<PuppeteerPage[]>;
  disconnect(): Promise<void>;
}
interface PuppeteerModule {
  connect(options: { browserURL: string; defaultViewport: null }): Promise<PuppeteerBrowser>;
}
interface LighthouseAudit {
  readonly score: number | null;
  readonly displayValue?: string;
  readonly details?: { readonly items?: readonly { readonly issueType?: unknown }[] };
}
interface LighthouseResult {
  readonly finalDisplayedUrl: string;
  readonly lighthouseVersion: string;
  readonly runWarnings: readonly string[];
  readonly categories: Record<
    string,
    { readonly score: number | null; readonly auditRefs: readonly { id: string; weight: number }[] }
  >;
  readonly audits: Record<string, LighthouseAudit>;
}
type RunLighthouse = (
  url: string,
  flags: Record<string, unknown>,
  config: unknown,
  page: PuppeteerPage,
) => Promise<{ lhr: LighthouseResult } | undefined>;

function ensureInstalled(): void {
  if (existsSync(join(lighthouseDir, 'node_modules', 'lighthouse', 'package.json'))) return;
  console.log('Installing Lighthouse into bench/lighthouse/ (once)…');
  execFileSync('npm', ['ci', '--prefix', lighthouseDir, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
}

async function importFromLighthouseDir<T>(specifier: string): Promise<T> {
  const resolved = createRequire(join(lighthouseDir, 'package.json')).resolve(specifier);
  return (await import(pathToFileURL(resolved).href)) as T;
}

/** Scored audits below full marks in a category, with what Lighthouse says about them. */
function failingAudits(result: LighthouseResult, category: Category): string[] {
  return (result.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .flatMap((ref) => {
      const audit = result.audits[ref.id];
      if (audit?.score === null || audit?.score === undefined || audit.score >= 1) return [];
      // inspector-issues says what kind of issue (e.g. "Content security policy") only in its items.
      const issues = (audit.details?.items ?? []).flatMap((item) =>
        typeof item.issueType === 'string' ? [item.issueType] : [],
      );
      const said = audit.displayValue ?? issues.join(', ');
      const detail = said ? `: ${said}` : '';
      return [`${ref.id} (${Math.round(audit.score * 100)}${detail})`];
    });
}

export async function benchmarkLighthouse(page: Page, url: string): Promise<Figure[]> {
  ensureInstalled();
  const lighthouse = (await importFromLighthouseDir<{ default: RunLighthouse }>('lighthouse'))
    .default;
  const desktop = (
    await importFromLighthouseDir<{ default: unknown }>('lighthouse/core/config/desktop-config.js')
  ).default;
  const puppeteer = (await importFromLighthouseDir<{ default: PuppeteerModule }>('puppeteer-core'))
    .default;

  await page.goto(url);
  const browser = await puppeteer.connect({
    browserURL: `http://127.0.0.1:${benchPorts.devTools}`,
    defaultViewport: null,
  });
  let result: LighthouseResult;
  try {
    const signedInTab = (await browser.pages()).find((candidate) => candidate.url() === page.url());
    if (!signedInTab) throw new Error('Puppeteer did not find the signed-in tab');
    const run = await lighthouse(
      url,
      { logLevel: 'error', output: 'json', onlyCategories: Object.keys(targets) },
      desktop,
      signedInTab,
    );
    if (!run) throw new Error('Lighthouse returned no result');
    result = run.lhr;
    await writeFile(lighthouseReportPath, JSON.stringify(run.lhr));
  } finally {
    await browser.disconnect();
  }
  const landed = new URL(result.finalDisplayedUrl);
  if (landed.pathname !== new URL(url).pathname) {
    throw new Error(`Lighthouse measured ${landed.href}, not the batches page: not signed in?`);
  }

  const figures: Figure[] = (Object.keys(targets) as Category[]).map((category) => {
    const score = Math.round((result.categories[category]?.score ?? 0) * 100);
    const met = score >= targets[category];
    const failing = met ? [] : failingAudits(result, category);
    return {
      figure: `Lighthouse ${result.lighthouseVersion} desktop: ${category}`,
      value:
        failing.length > 0 ? `${score} — below full marks: ${failing.join(', ')}` : String(score),
      target: targets[category] === 100 ? '100' : `≥ ${targets[category]}`,
      met,
    };
  });
  if (result.runWarnings.length > 0) {
    figures.push({ figure: 'Lighthouse warnings', value: result.runWarnings.join(' | ') });
  }
  return figures;
}
