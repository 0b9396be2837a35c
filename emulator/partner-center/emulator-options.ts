import type { ServedRequest } from '../served-request';
import type { PollingCompletion } from '../seed/polling-progress';

/**
 * Links inside responses are host-relative; the real service writes them both without `/v1`
 * (`/customers/{id}/deviceBatches/Test batch/devices`) and with it (`/v1/customers?size=40`),
 * within one response (docs/partner-center-api.md §0.2, §1.3). `mixed` does as the docs'
 * examples do (see links.ts); `relative` and `v1` write every link one way.
 */
export type LinkStyle = 'mixed' | 'relative' | 'v1';

export type AuthenticationFailure =
  'missing' | 'invalid' | 'expired' | 'wrong-audience' | 'wrong-scope' | 'wrong-issuer';

export type AuthenticationResult =
  | { readonly ok: true; readonly oid: string; readonly tid: string }
  | { readonly ok: false; readonly reason: AuthenticationFailure };

/** Checks the `Authorization` header of an API request (undefined when the header is absent). */
export type Authenticate = (
  authorizationHeader: string | undefined,
) => Promise<AuthenticationResult>;

/** One entry of the per-request log, written when the response is done (or abandoned). */
export interface CompletedRequest extends ServedRequest {
  readonly requestId: string;
}

export interface PartnerCenterEmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Same seed ⇒ byte-identical data. */
  readonly seed?: number;
  /** Default `mixed`. */
  readonly linkStyle?: LinkStyle;
  /** Every customer's batches and devices in the live API's forms (see live-forms.ts). */
  readonly liveForms?: boolean;
  /** Enables the `/__emulator/*` control routes (fault injection, request log, reset). */
  readonly testMode?: boolean;
  readonly authenticate?: Authenticate;
  readonly log?: (request: CompletedRequest) => void;
  /** When the polling customer's batches finish (default: after 3 polls). */
  readonly pollingCompletesAfter?: PollingCompletion;
  /**
   * How long a batch job (an upload, a profile assignment) stays `queued`, then `processing`,
   * before it finishes (default 2,000 ms; 0 finishes it at once). See
   * batch-jobs/batch-job-timeline.ts.
   */
  readonly uploadStepMs?: number;
  /**
   * The clock batch jobs are timed by and new profiles are dated by (default `Date.now`); tests
   * move it by hand.
   */
  readonly now?: () => number;
}

export interface PartnerCenterEmulator {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4281`; the API lives under `/v1`. */
  readonly url: string;
  close(): Promise<void>;
}
