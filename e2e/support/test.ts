import { test as base, expect, type Request } from '@playwright/test';
import { e2ePorts } from './e2e-ports';

const apiBaseUrl = `http://localhost:${e2ePorts.dashboard}/api/partner-center/`;

/** What must never reach the console: a JWT, a 13-digit product key id, a long base64 hardware hash. */
const secretPatterns = [/eyJ[\w-]{10,}\.[\w-]{10,}/, /\b\d{13}\b/, /[A-Za-z0-9+/]{200,}={0,2}/];

interface Guards {
  /** Console messages of type error that a test expects (e.g. a failed request it caused). */
  allowedConsoleErrors: RegExp[];
}

/**
 * The suite's `test`: every test fails if the page logs an unexpected console error or anything that
 * looks like a token, product key or hardware hash, or if any request carries a bearer token to
 * anywhere but the configured API base.
 */
export const test = base.extend<Guards & { guards: undefined }>({
  allowedConsoleErrors: [[], { option: true }],
  guards: [
    async ({ context, allowedConsoleErrors }, use) => {
      const consoleErrors: string[] = [];
      const tokenLeaks: string[] = [];
      const secretsLogged: string[] = [];
      context.on('console', (message) => {
        const text = message.text();
        if (secretPatterns.some((pattern) => pattern.test(text))) secretsLogged.push(text);
        if (message.type() !== 'error') return;
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
      expect(secretsLogged, 'tokens, product keys or hardware hashes in the console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
