import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isPartnerCenterError } from '@/lib/api-client/api-error';

interface QueryClientOptions {
  /** Called when the API still answers 401 after a silent token renewal: sign in again. */
  readonly onUnauthorized: () => void;
}

/** The dashboard's query defaults; tests build their own client with retries off. */
export function createQueryClient({ onUnauthorized }: QueryClientOptions): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isPartnerCenterError(error, 'http') && error.status === 401) onUnauthorized();
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
