import type { APIRequestContext } from '@playwright/test';
import { e2ePorts } from './e2e-ports';

export const emulatorUrl = `http://localhost:${e2ePorts.partnerCenter}`;

export interface FaultSpec {
  pathPattern: string;
  kind:
    | 'latency'
    | 'throttle'
    | 'server-error'
    | 'unavailable'
    | 'malformed-json'
    | 'bom'
    | 'missing-field'
    | 'hang'
    | 'accept-then-hang'
    | 'unauthorized';
  times?: number;
  skip?: number;
  latencyMs?: number;
  retryAfterSeconds?: number;
  field?: string;
  method?: string;
  /** A substring of the decoded query string, e.g. one search's filter value. */
  queryContains?: string;
}

/** Makes the emulator misbehave for matching requests (test mode only; see emulator/README.md). */
export async function injectFault(
  request: APIRequestContext,
  scope: string,
  fault: FaultSpec,
): Promise<void> {
  const response = await request.post(`${emulatorUrl}/__emulator/faults`, {
    data: { scope, ...fault },
  });
  if (response.status() !== 201) throw new Error(`fault refused: ${await response.text()}`);
}

export async function clearFaults(request: APIRequestContext, scope: string): Promise<void> {
  await request.delete(`${emulatorUrl}/__emulator/faults?scope=${encodeURIComponent(scope)}`);
}
