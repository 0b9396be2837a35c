import { formatDiagnostics } from './format-diagnostics';

const time = new Date('2025-03-04T05:06:07.089Z');

describe('formatDiagnostics', () => {
  it('writes every fact of a failed Partner Center request, one "Label: value" a line, in order', () => {
    const text = formatDiagnostics({
      time,
      page: '/customers/c1/device-batches?sort=created',
      request: { method: 'GET', url: 'https://api.example/v1/customers/c1/deviceBatches' },
      status: 500,
      partnerCenterCode: 800003,
      description: 'Unexpected service error',
      requestId: 'request-1',
      correlationId: 'correlation-1',
    });

    expect(text.split('\n')).toEqual([
      'Time: 2025-03-04T05:06:07.089Z',
      'Page: /customers/c1/device-batches?sort=created',
      'Request: GET https://api.example/v1/customers/c1/deviceBatches',
      'HTTP status: 500',
      'Partner Center code: 800003',
      'Description: Unexpected service error',
      'Request id: request-1',
      'Correlation id: correlation-1',
    ]);
  });

  it('writes the time in UTC whatever the time zone it was made in', () => {
    const local = new Date(2025, 0, 1, 12, 0, 0);
    const text = formatDiagnostics({ time: local, page: '/' });
    expect(text.split('\n')[0]).toBe(`Time: ${local.toISOString()}`);
    expect(text.split('\n')[0]).toMatch(/^Time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('leaves out what is unknown: an error that is not an API answer has time, page and message', () => {
    const text = formatDiagnostics({
      time,
      page: '/customers',
      error: 'Kaboom while rendering',
      status: undefined,
      description: '',
    });
    expect(text).toBe(
      'Time: 2025-03-04T05:06:07.089Z\nPage: /customers\nError: Kaboom while rendering',
    );
  });

  it('adds the panel’s further facts after the others', () => {
    const text = formatDiagnostics({
      time,
      page: '/',
      error: 'Sign-in failed',
      extra: [
        { label: 'Code', value: 'AADSTS50011' },
        { label: 'Empty', value: ' ' },
      ],
    });
    expect(text.split('\n').slice(2)).toEqual(['Error: Sign-in failed', 'Code: AADSTS50011']);
  });

  it('keeps a hostile description as plain text on its own line, unable to forge another', () => {
    const description =
      '<img src=x onerror="alert(1)"> bad\r\nRequest id: forged\u2028Correlation id: forged\u202E';
    const text = formatDiagnostics({ time, page: '/', description, requestId: 'real' });

    const lines = text.split('\n');
    expect(lines).toEqual([
      'Time: 2025-03-04T05:06:07.089Z',
      'Page: /',
      'Description: <img src=x onerror="alert(1)"> bad Request id: forged Correlation id: forged',
      'Request id: real',
    ]);
    expect(lines.filter((line) => line.startsWith('Request id:'))).toEqual(['Request id: real']);
  });

  it('cuts a value that would flood the block', () => {
    const text = formatDiagnostics({ time, page: '/', description: 'x'.repeat(5_000) });
    const line = text.split('\n')[2] ?? '';
    expect(line).toBe(`Description: ${'x'.repeat(2_000)}…`);
  });

  it('writes a string code as it came', () => {
    const text = formatDiagnostics({ time, page: '/', partnerCenterCode: '2032', status: 403 });
    expect(text).toContain('HTTP status: 403\nPartner Center code: 2032');
  });
});
