import { PartnerCenterError } from '@/lib/api-client/api-error';
import { classifyApiError } from './describe-api-error';

const http = (status: number, code?: number | string, description?: string) =>
  new PartnerCenterError({
    kind: 'http',
    url: 'https://api.partnercenter.microsoft.com/v1/customers',
    requestId: 'r',
    correlationId: 'c',
    status,
    code,
    description,
  });

describe('classifyApiError', () => {
  it.each([
    [http(401, 10001, 'Authentication failed. MFA required.'), 'mfaRequired'],
    [http(401, '10001'), 'mfaRequired'],
    [http(401, 800001, 'Multi-factor authentication is required'), 'mfaRequired'],
    [http(401, 800001, 'Partner token missing'), 'unauthorized'],
    [http(401), 'unauthorized'],
    [http(403, 900309), 'conditionalAccess'],
    [http(403, ' 900309 '), 'conditionalAccess'],
    [
      http(
        403,
        20002,
        'The partner ID 1234 has no commerce relationship with the customer ID 5678.',
      ),
      'noRelationship',
    ],
    [http(403, '20002'), 'noRelationship'],
    [
      http(403, undefined, 'The partner ID 1 has no commerce relationship with the customer ID 2.'),
      'noRelationship',
    ],
    [http(403, 2032, 'Access denied'), 'noRole'],
    [http(404, 1000), 'notFound'],
    [http(429), 'throttled'],
    [http(500, 800003), 'server'],
    [http(400, 800002), 'badRequest'],
  ])('classifies %s as %s', (error, kind) => {
    expect(classifyApiError(error)).toBe(kind);
  });
});
