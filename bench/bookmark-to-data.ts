/**
 * Figure 2, bookmark to data, already signed in: from navigation start to the batches table's rows
 * painted, against a bare `fetch` of the same endpoint with the same token from the same page; and
 * the API round trips on the critical path, from the browser's resource timeline.
 */
import type { Page } from '@playwright/test';
import { analyseCriticalPath, type CriticalPath, type Origins } from './critical-path';
import type { Figure } from './figure';
import { watches } from './page-probe';
import { resourceTimeline, waitForMark } from './page-timeline';
import { formatMs, formatRatio, formatSummary, median, summarise } from './stats';

const batchesPath = /\/customers\/[^/]+\/deviceBatches$/;

interface BatchesEndpoint {
  readonly url: string;
  readonly authorization: string;
}

/** A first load, not measured: warms the HTTP cache and reads the app's own batches request. */
async function warmUp(page: Page, bookmarkUrl: string): Promise<BatchesEndpoint> {
  const batchesRequest = page.waitForRequest((request) =>
    batchesPath.test(new URL(request.url()).pathname),
  );
  await page.goto(bookmarkUrl, { waitUntil: 'commit' });
  const request = await batchesRequest;
  const { authorization } = await request.allHeaders();
  if (!authorization) throw new Error('the batches request carried no Authorization header');
  await waitForMark(page, watches.batchRows.name);
  return { url: request.url(), authorization };
}

/** The same request with only the token: no app, no MSAL, no rendering. Includes reading the JSON. */
async function bareFetch(page: Page, endpoint: BatchesEndpoint): Promise<number> {
  return page.evaluate(async ({ url, authorization }) => {
    const started = performance.now();
    const response = await fetch(url, {
      headers: { Authorization: authorization, Accept: 'application/json' },
    });
    await response.json();
    if (!response.ok) throw new Error(`the bare fetch got HTTP ${response.status}`);
    return performance.now() - started;
  }, endpoint);
}

export async function benchmarkBookmark(
  page: Page,
  bookmarkUrl: string,
  origins: Origins,
  runs: number,
): Promise<Figure[]> {
  const endpoint = await warmUp(page, bookmarkUrl);
  const loads: number[] = [];
  const fetches: number[] = [];
  const paths: CriticalPath[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.goto(bookmarkUrl, { waitUntil: 'commit' });
    const rows = await waitForMark(page, watches.batchRows.name);
    loads.push(rows.painted);
    paths.push(analyseCriticalPath(await resourceTimeline(page), rows.found, origins));
    // Same page, same connection, same token, right after: the floor for this request.
    fetches.push(await bareFetch(page, endpoint));
  }

  const load = summarise(loads);
  const fetched = summarise(fetches);
  // The worst run counts: one sequential load is enough to show a dependency.
  const apiBefore = Math.max(...paths.map((path) => path.apiRoundTripsBeforeBatches));
  const tokenBefore = Math.max(...paths.map((path) => path.tokenRoundTripsBeforeBatches));
  const parallel = paths.every((path) => path.customerInParallel !== false);
  const apiRequests = Math.max(...paths.map((path) => path.apiRequests));
  const configEnds = paths.flatMap((path) =>
    path.configEnd === undefined ? [] : [path.configEnd],
  );
  return [
    { figure: 'bookmark → batches rows painted (signed in)', value: formatSummary(load) },
    { figure: 'bare fetch of the batches endpoint, same page', value: formatSummary(fetched) },
    {
      figure: 'bookmark ÷ bare fetch (medians)',
      value: formatRatio(load.median / fetched.median),
    },
    {
      figure: 'API round trips on the critical path',
      value:
        `${apiBefore + 1} (API requests until the rows: ${apiRequests}; answers the batches ` +
        `request waited for: ${apiBefore} from the API, ${tokenBefore} from the identity ` +
        `provider; customer name ${parallel ? 'in parallel' : 'NOT in parallel'})`,
      target: '1 after the token, customer name in parallel',
      met: apiBefore === 0 && parallel,
    },
    {
      figure: 'batches request: starts / answered (median)',
      value:
        `${formatMs(median(paths.map((path) => path.batchesStart)))} / ` +
        `${formatMs(median(paths.map((path) => path.batchesEnd)))} after navigation` +
        (configEnds.length > 0 ? `; config.json answered at ${formatMs(median(configEnds))}` : ''),
    },
  ];
}
