import { createContext, useContext } from 'react';
import type { ApiClient } from './create-api-client';

export const ApiClientContext = createContext<ApiClient | null>(null);

/** The one Partner Center client, for query functions: `deviceBatchesQuery(useApiClient(), id)`. */
export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient must be used below the ApiClientContext provider');
  return client;
}
