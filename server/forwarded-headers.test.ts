import { describe, expect, it } from 'vitest';
import { pickRequestHeaders, pickResponseHeaders } from './forwarded-headers.js';

describe('pickRequestHeaders', () => {
  const sent = {
    authorization: 'Bearer t',
    accept: 'application/json',
    'x-locale': 'nl-NL',
    'if-match': '"e1"',
    'ms-requestid': 'r',
    'ms-correlationid': 'c',
    'ms-cv': 'cv',
    'ms-continuationtoken': 'page-2',
    'ms-partnercenter-application': 'app',
    'ms-contract-version': 'v1',
    'content-type': 'application/json',
    'content-length': 12,
    'ms-other': 'x',
    cookie: 'session=1',
    origin: 'https://dashboard.example',
    referer: 'https://dashboard.example/customers',
    'x-forwarded-for': '10.0.0.1',
    'accept-encoding': 'gzip, br',
    'user-agent': 'browser',
    'msx-not-ms': 'x',
  };

  it('keeps the token, Accept, X-Locale, If-Match and the documented MS-* headers only', () => {
    expect(pickRequestHeaders(sent, false)).toEqual({
      authorization: 'Bearer t',
      accept: 'application/json',
      'x-locale': 'nl-NL',
      'if-match': '"e1"',
      'ms-requestid': 'r',
      'ms-correlationid': 'c',
      'ms-cv': 'cv',
      'ms-continuationtoken': 'page-2',
      'ms-partnercenter-application': 'app',
      'ms-contract-version': 'v1',
    });
  });

  it('keeps Content-Type and Content-Length only for a request with a body', () => {
    expect(pickRequestHeaders(sent, true)).toMatchObject({
      'content-type': 'application/json',
      'content-length': '12',
    });
  });

  it('drops every header the Connection header names, and Connection itself', () => {
    expect(
      pickRequestHeaders(
        { authorization: 'Bearer t', 'x-locale': 'nl', connection: 'X-Locale, keep-alive' },
        false,
      ),
    ).toEqual({ authorization: 'Bearer t' });
  });
});

describe('pickResponseHeaders', () => {
  it('keeps the allowed headers only: no hop-by-hop, cookies, HSTS, CORS, Alt-Svc or NEL', () => {
    expect(
      pickResponseHeaders({
        'content-type': 'application/json',
        'content-length': '2',
        date: 'Tue, 01 Dec 2026 10:00:00 GMT',
        'retry-after': '57',
        'www-authenticate': 'Bearer',
        location: '/v1/customers/c/batchJobStatus/t',
        'ms-requestid': 'r',
        'ms-correlationid': 'c',
        'ms-cv': 'cv',
        'ms-serverid': 's',
        connection: 'keep-alive, x-hop',
        'keep-alive': 'timeout=5',
        'transfer-encoding': 'chunked',
        'x-hop': '1',
        'set-cookie': ['a=1'],
        'clear-site-data': '"*"',
        'strict-transport-security': 'max-age=0',
        'alt-svc': 'h3=":443"',
        nel: '{}',
        'report-to': '{}',
        'access-control-allow-origin': '*',
        'content-security-policy': 'default-src *',
        'cache-control': 'public, max-age=600',
      }),
    ).toEqual({
      'content-type': 'application/json',
      'content-length': '2',
      date: 'Tue, 01 Dec 2026 10:00:00 GMT',
      'retry-after': '57',
      'www-authenticate': 'Bearer',
      location: '/v1/customers/c/batchJobStatus/t',
      'ms-requestid': 'r',
      'ms-correlationid': 'c',
      'ms-cv': 'cv',
      'ms-serverid': 's',
    });
  });
});
