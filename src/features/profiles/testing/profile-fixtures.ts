import { http, HttpResponse } from 'msw';
import { apiUrl } from '@/lib/api-client/testing/api-test-server';

/** A customer id as Partner Center writes them. */
export const profilesCustomerId = '5c7e1a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d';

export const policiesUrl = apiUrl(`/v1/customers/${profilesCustomerId}/policies`);
export const policyUrl = (policyId: string) => `${policiesUrl}/${encodeURIComponent(policyId)}`;

/** A ConfigurationPolicy as the API sends it (docs/partner-center-api.md §7). */
export function makePolicy(fields: Record<string, unknown> & { id: string }) {
  return {
    name: 'Standard User',
    category: 'o_o_b_e',
    description: '',
    policySettings: ['skip_eula'],
    devicesAssigned: 0,
    createdDate: '2023-03-14T09:12:44Z',
    lastModifiedDate: '2024-05-02T10:00:00Z',
    ...fields,
  };
}

/** `GET …/policies` answering these profiles. */
export function policiesHandler(items: readonly unknown[]) {
  return http.get(policiesUrl, () =>
    HttpResponse.json({
      totalCount: items.length,
      items,
      attributes: { objectType: 'Collection' },
    }),
  );
}

/** A Partner Center error answer with its ids. */
export function apiErrorAnswer(status: number, code: number, description: string) {
  return HttpResponse.json(
    { code, description, data: [], source: 'PartnerFD' },
    {
      status,
      headers: { 'MS-RequestId': 'request-id-1', 'MS-CorrelationId': 'correlation-id-1' },
    },
  );
}
