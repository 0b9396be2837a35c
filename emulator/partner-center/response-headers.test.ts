import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsExampleCustomer } from '../seed/named-customers';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const batchesPath = `/v1/customers/${docsExampleCustomer.id}/deviceBatches`;
const guidPattern = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;

describe('response headers', () => {
  it('echo MS-RequestId, MS-CorrelationId and MS-CV', async () => {
    const sent = {
      'MS-RequestId': 'e88d014d-ab70-41de-90a0-f7fd1797267d',
      'MS-CorrelationId': 'de894e18-f027-4ac0-8b5a-34f0c222af0c',
      'MS-CV': 'YrLe3w6BbUSMt1fi.0',
    };
    const response = await emulator.request(batchesPath, { headers: sent });
    for (const [name, value] of Object.entries(sent)) {
      expect(response.headers.get(name)).toBe(value);
    }
  });

  it('generate the ids when the request has none, also on errors', async () => {
    for (const as of ['admin-agent', 'anonymous'] as const) {
      const response = await emulator.request(batchesPath, { as });
      expect(response.headers.get('MS-RequestId')).toMatch(guidPattern);
      expect(response.headers.get('MS-CorrelationId')).toMatch(guidPattern);
      expect(response.headers.get('MS-CV')).toMatch(/^[A-Za-z0-9+/]{16}\.0$/);
    }
  });

  it('carry a numeric MS-ServerId that stays the same, JSON content type and a Date', async () => {
    const first = await emulator.request(batchesPath);
    const second = await emulator.request('/nowhere');
    expect(first.headers.get('MS-ServerId')).toMatch(/^\d{9}$/);
    expect(second.headers.get('MS-ServerId')).toBe(first.headers.get('MS-ServerId'));
    for (const response of [first, second]) {
      expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
      expect(Number.isNaN(Date.parse(response.headers.get('Date') ?? ''))).toBe(false);
    }
  });

  it('never include Access-Control-* headers, not even for a preflight', async () => {
    const origin = { Origin: 'http://localhost:5173' };
    const responses = [
      await emulator.request(batchesPath, { headers: origin }),
      await emulator.request(batchesPath, { as: 'anonymous', headers: origin }),
      await emulator.request('/nowhere', { headers: origin }),
      await emulator.request(batchesPath, {
        method: 'OPTIONS',
        headers: { ...origin, 'Access-Control-Request-Method': 'GET' },
      }),
    ];
    for (const response of responses) {
      const names = [...response.headers.keys()];
      expect(names.filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });
});
