import { PartnerCenterError } from '@/lib/api-client/api-error';
import { createQueryClient } from './query-client';

const refused = (status: number) =>
  new PartnerCenterError({
    kind: 'http',
    url: 'https://app.example/api/partner-center/v1/customers',
    status,
    requestId: 'request-1',
    correlationId: 'correlation-1',
  });

describe('createQueryClient', () => {
  it('reports a 401 to the sign-in code, and every answer, but no other failure', async () => {
    const onUnauthorized = vi.fn();
    const onAnswered = vi.fn();
    const client = createQueryClient({ onUnauthorized, onAnswered });

    await expect(
      client.query({ queryKey: ['refused'], queryFn: () => Promise.reject(refused(401)) }),
    ).rejects.toThrow();
    await expect(
      client.query({ queryKey: ['forbidden'], queryFn: () => Promise.reject(refused(403)) }),
    ).rejects.toThrow();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onAnswered).not.toHaveBeenCalled();

    await client.query({ queryKey: ['answered'], queryFn: () => Promise.resolve([]) });
    expect(onAnswered).toHaveBeenCalledTimes(1);
  });
});
