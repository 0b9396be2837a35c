import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isPartnerCenterError } from '@/lib/api-client/api-error';

interface QueryClientOptions {
  /** Called when the API still answers 401 after a silent token renewal. */
  readonly onUnauthorized: () => void;
  /** Called when a query or mutation got its answer: Partner Center accepted the sign-in. */
  readonly onAnswered: () => void;
  /**
   * Every failed mutation, once, whichever component started it: the one place the app reports
   * write failures (a notification, the diagnostics). A 401 also reaches `onUnauthorized`, as a
   * query's does. An `OutcomeUnknownError` (`isOutcomeUnknown`) must be worded as "check before
   * sending again", never as "try again".
   */
  readonly onMutationError?: (error: unknown) => void;
}

/** The dashboard's query defaults; tests build their own client with retries off. */
export function createQueryClient({
  onUnauthorized,
  onAnswered,
  onMutationError,
}: QueryClientOptions): QueryClient {
  const reportUnauthorized = (error: unknown) => {
    if (isUnauthorized(error)) onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({
      onError: reportUnauthorized,
      onSuccess: () => {
        onAnswered();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        reportUnauthorized(error);
        onMutationError?.(error);
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
      mutations: {
        // Never again from here: the API client resends only what is safe to send twice (GET,
        // PUT, DELETE); a POST or PATCH sent twice uploads twice (docs/partner-center-api.md §15).
        retry: false,
      },
    },
  });
}

/** A Partner Center 401 that the API client's forced token refresh did not cure. */
export function isUnauthorized(error: unknown): boolean {
  return isPartnerCenterError(error, 'http') && error.status === 401;
}
