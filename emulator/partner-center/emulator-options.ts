import type { PollingCompletion } from '../seed/polling-progress';

/**
 * Links inside responses are host-relative; the real service has been seen emitting them both
 * without `/v1` (`/customers/{id}/deviceBatches/Test batch/devices`) and with it
 * (`/v1/customers?size=500&seekOperation=Next`) — docs/partner-center-api.md §0.2, §1.3.
 */
export type LinkStyle = 'relative' | 'v1';

export type AuthenticationFailure =
  'missing' | 'invalid' | 'expired' | 'wrong-audience' | 'wrong-scope' | 'wrong-issuer';

export type AuthenticationResult =
  | { readonly ok: true; readonly oid: string; readonly tid: string }
  | { readonly ok: false; readonly reason: AuthenticationFailure };

/** Checks the `Authorization` header of an API request (undefined when the header is absent). */
export type Authenticate = (
  authorizationHeader: string | undefined,
) => Promise<AuthenticationResult>;

/** One line of the per-request log, written when the response is done (or abandoned). */
export interface CompletedRequest {
  readonly method: string;
  readonly path: string;
  /** Undefined when no response was sent (a `hang` fault, or the client went away first). */
  readonly status: number | undefined;
  readonly durationMs: number;
  readonly requestId: string;
}

export interface PartnerCenterEmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Same seed ⇒ byte-identical data. */
  readonly seed?: number;
  readonly linkStyle?: LinkStyle;
  /** Enables the `/__emulator/*` control routes (fault injection, request log, reset). */
  readonly testMode?: boolean;
  readonly authenticate?: Authenticate;
  readonly log?: (request: CompletedRequest) => void;
  /** When the polling customer's batches finish (default: after 3 polls). */
  readonly pollingCompletesAfter?: PollingCompletion;
}

export interface PartnerCenterEmulator {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4281`; the API lives under `/v1`. */
  readonly url: string;
  close(): Promise<void>;
}
