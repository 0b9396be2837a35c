import { errorBodySchema } from '@/lib/partner-center/error-body-schema';

describe('errorBodySchema', () => {
  it('accepts the observed API body with a numeric code', () => {
    const body = { code: 1002, description: 'Authorization Failed', data: [], source: 'PartnerFD' };
    expect(errorBodySchema.parse(body)).toEqual(body);
  });

  it('accepts the documented string code without data or source', () => {
    expect(errorBodySchema.parse({ code: '1000', description: 'Not found' })).toEqual({
      code: '1000',
      description: 'Not found',
    });
  });

  it('accepts the gateway body', () => {
    const body = { statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' };
    expect(errorBodySchema.parse(body)).toEqual(body);
  });

  it('rejects a body of neither form', () => {
    expect(errorBodySchema.safeParse({ error: 'nope' }).success).toBe(false);
  });
});
