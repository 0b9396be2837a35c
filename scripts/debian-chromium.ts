/**
 * Debian's Chromium (`apt-get install -y chromium`), which the end-to-end tests and the benchmarks
 * drive: Playwright cannot download its own browsers here. Its flags keep it quiet and fast in a
 * container: no sandbox (no user namespaces), no GPU, and none of Chrome's own background traffic.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
