import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isPartnerCenterError } from '@/lib/api-client/api-error';

interface QueryClientOptions {
  /** Called when the API still answers 401 after a silent token renewal. */
  readonly onUnauthorized: () => void;
  /** Called when a query got its answer: Partner Center accepted the sign-in. */
  readonly onAnswered: () => void;
}

/** The dashboard's query defaults; tests build their own client with retries off. */
export function createQueryClient({ onUnauthorized, onAnswered }: QueryClientOptions): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
      },
      onSuccess: () => {
        onAnswered();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // The API client retries transient failures itself, honouring Retry-After.
        retry: false,
        refetchOnWindowFocus: true,
      },
    },
  });
}

/** A Partner Center 401 that the API client's forced token refresh did not cure. */
export function isUnauthorized(error: unknown): boolean {
  return isPartnerCenterError(error, 'http') && error.status === 401;
}
