import { buildApiPath } from '@/lib/api-client/resolve-api-link';

/** `/customers/{customer-id}/policies`: where profiles are listed and created. */
export const policiesPath = (customerId: string): string =>
  buildApiPath('customers', customerId, 'policies');

/** `/customers/{customer-id}/policies/{policy-id}`: where one profile is changed or deleted. */
export const policyPath = (customerId: string, policyId: string): string =>
  buildApiPath('customers', customerId, 'policies', policyId);
