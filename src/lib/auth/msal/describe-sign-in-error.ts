import { AuthError } from '@azure/msal-browser';
import type { SignInProblem } from '../sign-in-problem';

const unreachableCodes = new Set([
  'endpoints_resolution_error',
  'no_network_connectivity',
  'post_request_failed',
  'get_request_failed',
  'failed_to_parse_response',
]);

const refusedCodes = new Set(['consent_required', 'interaction_required', 'login_required']);

/**
 * Classifies what MSAL or the identity provider reported. MSAL 5 keeps the provider's error code but
 * replaces its description with a link to MSAL's docs, so the page explains the kind in its own words.
 */
export function describeSignInError(error: unknown): SignInProblem {
  const code = error instanceof AuthError ? error.errorCode : undefined;
  if (code === undefined) return { kind: 'failed' };
  if (code === 'access_denied' || code === 'user_cancelled') return { kind: 'cancelled', code };
  if (unreachableCodes.has(code)) return { kind: 'unreachable', code };
  if (refusedCodes.has(code)) return { kind: 'refused', code };
  return { kind: 'failed', code };
}
