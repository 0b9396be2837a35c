import { redirect, type LoaderFunctionArgs } from 'react-router';
import { isTenantId } from '@/features/customers/tenant-id';

/**
 * Sends `/customers/{TENANT-ID}/…` to the same address with the tenant id in lower case, keeping
 * the rest of the path and the query. Partner Center writes tenant ids in lower case: one spelling
 * keeps bookmarks, recent customers and the query cache from holding the same customer twice.
 */
export function lowerCaseTenantId({ params, request }: LoaderFunctionArgs): Response | null {
  const customerId = params.customerId ?? '';
  const lower = customerId.toLowerCase();
  if (!isTenantId(customerId) || customerId === lower) return null;
  const url = new URL(request.url);
  // `/customers/{id}/…`: the id is the third segment; a GUID reads the same encoded or not.
  const segments = url.pathname.split('/');
  if (segments[2] !== customerId) return null;
  segments[2] = lower;
  return redirect(`${segments.join('/')}${url.search}`);
}
