/**
 * Ports of the benchmark's own servers and of Chromium's DevTools endpoint (which Lighthouse
 * connects to), apart from `npm start`'s (4280…) and the end-to-end tests' (4290…).
 * `BENCH_PORT_BASE` moves them all, so several checkouts can run benchmarks side by side.
 */
const base = Number(process.env.BENCH_PORT_BASE ?? 4380);

export const benchPorts = {
  dashboard: base,
  partnerCenter: base + 1,
  identityProvider: base + 2,
  devTools: base + 3,
} as const;

export const dashboardOrigin = `http://localhost:${benchPorts.dashboard}`;
