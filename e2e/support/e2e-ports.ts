/**
 * Ports of the local servers during end-to-end tests, apart from `npm start`'s so both can run.
 * `E2E_PORT_BASE` moves all three, so several checkouts can run their suites side by side.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 4290);

export const e2ePorts = {
  dashboard: base,
  partnerCenter: base + 1,
  identityProvider: base + 2,
} as const;

/** Where `npm start` builds the app for this run: its own folder when the ports are moved. */
export const e2eDistDir =
  e2ePorts.dashboard === 4290 ? 'dist' : `.local/dist-${e2ePorts.dashboard}`;
