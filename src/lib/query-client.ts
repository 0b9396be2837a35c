import { QueryClient } from '@tanstack/react-query';

/** The dashboard's query defaults; tests build their own client with retries off. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
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
