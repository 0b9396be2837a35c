import { setupServer } from 'msw/node';
import { z } from 'zod/mini';
import { createApiClient, type ApiClientOptions } from '@/lib/api-client/create-api-client';
import type { Sleep } from '@/lib/api-client/abortable-sleep';
import type { RetryScheduledEvent } from '@/lib/api-client/retry-policy';

/** jsdom's page origin; the API sits behind the same-origin proxy path, as in production. */
export const PAGE_ORIGIN = window.location.origin;
export const API_BASE = '/api/partner-center';
export const apiUrl = (path: string): string => `${PAGE_ORIGIN}${API_BASE}${path}`;

export const okSchema = z.object({ ok: z.boolean() });
export const okBody = { ok: true };

export const server = setupServer();

/** Starts MSW for the file; any request without a handler fails the test. */
export function startApiTestServer(): { requests: Request[] } {
  const seen = { requests: [] as Request[] };
  const record = ({ request }: { request: Request }) => {
    seen.requests.push(request);
  };
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  beforeEach(() => {
    seen.requests.length = 0;
    server.events.on('request:start', record);
  });
  afterEach(() => {
    server.events.removeAllListeners();
    server.resetHandlers();
  });
  afterAll(() => {
    server.close();
  });
  return seen;
}

/** A client with instant waits, a recorded token source and recorded retry notices. */
export function createTestClient(overrides: Partial<ApiClientOptions> = {}) {
  const retries: RetryScheduledEvent[] = [];
  const getAccessToken = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) =>
    Promise.resolve(forceRefresh ? 'refreshed-token' : 'cached-token'),
  );
  const sleep = vi.fn<Sleep>(() => Promise.resolve());
  const client = createApiClient({
    apiBase: API_BASE,
    getAccessToken,
    getLocale: () => 'nl-NL',
    sleep,
    onRetryScheduled: (event) => retries.push(event),
    ...overrides,
  });
  return { client, getAccessToken, sleep, retries };
}
