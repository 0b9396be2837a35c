import type { PartnerCenterError } from '@/lib/api-client/api-error';

/** Which message explains a failed Partner Center request (keys under `errors.api`). */
export type ApiErrorKind =
  | 'unauthorized'
  | 'noRole'
  | 'noRelationship'
  | 'notFound'
  | 'throttled'
  | 'server'
  | 'badRequest'
  | 'network'
  | 'timeout'
  | 'invalid'
  | 'foreignLink'
  | 'aborted';

/** Partner Center's code for "partner has no commerce relationship with customer". */
const noRelationshipCode = 20002;

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
  if (status === 401) return 'unauthorized';
  if (status === 403)
    return Number(error.code) === noRelationshipCode ? 'noRelationship' : 'noRole';
  if (status === 404) return 'notFound';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'badRequest';
}
