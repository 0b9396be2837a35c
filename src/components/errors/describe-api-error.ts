import type { PartnerCenterError } from '@/lib/api-client/api-error';

/** Which message explains a failed Partner Center request (keys under `errors.api`). */
export type ApiErrorKind =
  | 'unauthorized'
  | 'mfaRequired'
  | 'noRole'
  | 'noRelationship'
  | 'conditionalAccess'
  | 'notFound'
  | 'throttled'
  | 'server'
  | 'badRequest'
  | 'network'
  | 'timeout'
  | 'invalid'
  | 'foreignLink'
  | 'aborted';

/**
 * Partner Center's codes that change what the user should do (docs/partner-center-api.md §9).
 * The service sends codes as numbers, the docs write them as strings: both are compared as text.
 */
const codes = {
  /** 401: the token has no MFA claim (seen in the .NET samples as "MFA required"). */
  mfaRequired: '10001',
  /** 403: "The partner ID {0} has no commerce relationship with the customer ID {1}." */
  noRelationship: '20002',
  /** 403: the partner's Conditional Access policy blocked the request. */
  conditionalAccess: '900309',
} as const;

/** Descriptions that say the same when a code is missing or differs. */
const mentionsMfa = /\bMFA\b|multi-?factor/i;
const mentionsNoRelationship = /no (commerce )?relationship with the customer/i;

export function classifyApiError(error: PartnerCenterError): ApiErrorKind {
  switch (error.kind) {
    case 'network':
      return 'network';
    case 'timeout':
      return 'timeout';
    case 'invalid-response':
      return 'invalid';
    case 'foreign-link':
      return 'foreignLink';
    case 'aborted':
      return 'aborted';
    case 'http':
      return classifyStatus(error);
  }
}

function classifyStatus(error: PartnerCenterError): ApiErrorKind {
  const status = error.status ?? 0;
  const code = error.code === undefined ? '' : String(error.code).trim();
  const description = error.description ?? '';
  if (status === 401) {
    return code === codes.mfaRequired || mentionsMfa.test(description)
      ? 'mfaRequired'
      : 'unauthorized';
  }
  if (status === 403) {
    if (code === codes.conditionalAccess) return 'conditionalAccess';
    if (code === codes.noRelationship || mentionsNoRelationship.test(description)) {
      return 'noRelationship';
    }
    return 'noRole';
  }
  if (status === 404) return 'notFound';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'badRequest';
}
