import { describe, expect, it } from 'vitest';
import { pickRequestHeaders, pickResponseHeaders } from './forwarded-headers';

describe('pickRequestHeaders', () => {
  it('keeps only the token, Accept, X-Locale and MS-* headers', () => {
    expect(
      pickRequestHeaders({
        authorization: 'Bearer t',
        accept: 'application/json',
        'x-locale': 'nl-NL',
        'ms-requestid': 'r',
        'ms-continuationtoken': 'c',
        cookie: 'session=1',
        origin: 'https://dashboard.example',
        referer: 'https://dashboard.example/customers',
        'x-forwarded-for': '10.0.0.1',
        'user-agent': 'browser',
        host: 'dashboard.example',
        'msx-not-ms': 'x',
      }),
    ).toEqual({
      authorization: 'Bearer t',
      accept: 'application/json',
      'x-locale': 'nl-NL',
      'ms-requestid': 'r',
      'ms-continuationtoken': 'c',
    });
  });
});

describe('pickResponseHeaders', () => {
  it('drops hop-by-hop headers, those the Connection header names, and Set-Cookie', () => {
    expect(
      pickResponseHeaders(
        {
          'content-type': 'application/json',
          'ms-requestid': 'r',
          'retry-after': '57',
          connection: 'keep-alive, x-hop',
          'keep-alive': 'timeout=5',
          'transfer-encoding': 'chunked',
          'x-hop': '1',
          'set-cookie': ['a=1'],
        },
        {},
      ),
    ).toEqual({ 'content-type': 'application/json', 'ms-requestid': 'r', 'retry-after': '57' });
  });

  it('puts the added headers over the upstream ones', () => {
    expect(
      pickResponseHeaders(
        { 'x-content-type-options': 'whatever' },
        { 'X-Content-Type-Options': 'nosniff' },
      ),
    ).toEqual({ 'x-content-type-options': 'nosniff' });
  });
});
