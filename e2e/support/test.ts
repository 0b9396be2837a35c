import { test as base, expect, type Request } from '@playwright/test';
import { e2ePorts } from './e2e-ports';

const apiBaseUrl = `http://localhost:${e2ePorts.dashboard}/api/partner-center/`;

interface Guards {
  /** Console messages of type error that a test expects (e.g. a failed request it caused). */
  allowedConsoleErrors: RegExp[];
}

/**
 * The suite's `test`: every test fails if the page logs an unexpected console error, or if any request
 * carries a bearer token to anywhere but the configured API base.
 */
export const test = base.extend<Guards & { guards: undefined }>({
  allowedConsoleErrors: [[], { option: true }],
  guards: [
    async ({ context, allowedConsoleErrors }, use) => {
      const consoleErrors: string[] = [];
      const tokenLeaks: string[] = [];
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) consoleErrors.push(text);
      });
      context.on('request', (request: Request) => {
        const authorization = request.headers().authorization;
        if (
          authorization?.toLowerCase().startsWith('bearer') &&
          !request.url().startsWith(apiBaseUrl)
        ) {
          tokenLeaks.push(request.url());
        }
      });
      await use(undefined);
      expect(tokenLeaks, 'bearer tokens sent outside the API base').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
