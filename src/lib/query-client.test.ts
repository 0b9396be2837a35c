import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { PartnerCenterError } from '@/lib/api-client/api-error';
import { OutcomeUnknownError } from '@/lib/api-client/outcome-unknown-error';
import { createQueryClient } from './query-client';

const refused = (status: number) =>
  new PartnerCenterError({
    kind: 'http',
    url: 'https://app.example/api/partner-center/v1/customers',
    status,
    requestId: 'request-1',
    correlationId: 'correlation-1',
  });

function setUp() {
  const callbacks = { onUnauthorized: vi.fn(), onAnswered: vi.fn(), onMutationError: vi.fn() };
  return { ...callbacks, client: createQueryClient(callbacks) };
}

/** Runs a mutation through the client's cache, as `useMutation` does, and returns its outcome. */
function mutate(client: QueryClient, mutationFn: () => Promise<unknown>) {
  return new MutationObserver(client, { mutationFn }).mutate();
}

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

describe('createQueryClient mutations', () => {
  it('reports every failed mutation once, through the one function, without retrying it', async () => {
    const { client, onMutationError, onUnauthorized } = setUp();
    const unknown = new OutcomeUnknownError(refused(503), 'server-error');
    const mutationFn = vi.fn(() => Promise.reject(unknown));

    await expect(mutate(client, mutationFn)).rejects.toBe(unknown);

    expect(mutationFn).toHaveBeenCalledTimes(1);
    expect(onMutationError).toHaveBeenCalledTimes(1);
    expect(onMutationError).toHaveBeenCalledWith(unknown);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('sends a 401 to the sign-in code too, as a query does', async () => {
    const { client, onMutationError, onUnauthorized } = setUp();

    await expect(mutate(client, () => Promise.reject(refused(401)))).rejects.toThrow();

    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onMutationError).toHaveBeenCalledTimes(1);
  });

  it('counts a successful write as an answer, and reports nothing', async () => {
    const { client, onMutationError, onAnswered } = setUp();

    await expect(mutate(client, () => Promise.resolve({ status: 202 }))).resolves.toEqual({
      status: 202,
    });

    expect(onAnswered).toHaveBeenCalledTimes(1);
    expect(onMutationError).not.toHaveBeenCalled();
  });

  it('works without an error reporter', async () => {
    const client = createQueryClient({ onUnauthorized: vi.fn(), onAnswered: vi.fn() });

    await expect(mutate(client, () => Promise.reject(refused(400)))).rejects.toThrow();
  });
});
