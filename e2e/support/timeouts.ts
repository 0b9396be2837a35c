/**
 * How long an assertion waits for what the page shows by default (playwright.config.ts
 * `expect.timeout`), for waits that add a known delay to it.
 */
export const expectTimeoutMs = 10_000;
