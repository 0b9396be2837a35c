import { findDemoAccount } from '../identity/demo-accounts';
import {
  invalidRequestInput,
  methodNotAllowed,
  noPartnerCenterRole,
  resourceNotFound,
  unauthorized,
} from './api-errors';
import type { ApiHandler, ApiServices } from './api-request';
import { getCustomer, listCustomers } from './customers-handlers';
import { listDeviceBatches } from './device-batches-handler';
import { listDevices } from './devices-handler';
import type { Authenticate } from './emulator-options';
import { headerValue, type IncomingRequest } from './incoming-request';
import { listPolicies } from './policies-handler';
import type { Reply } from './replies';
import { createRouter } from './router';

const matchApiRoute = createRouter<ApiHandler>([
  { method: 'GET', pattern: '/v1/customers', handler: listCustomers },
  { method: 'GET', pattern: '/v1/customers/:customerId', handler: getCustomer },
  { method: 'GET', pattern: '/v1/customers/:customerId/deviceBatches', handler: listDeviceBatches },
  {
    method: 'GET',
    pattern: '/v1/customers/:customerId/deviceBatches/:batchId/devices',
    handler: listDevices,
  },
  { method: 'GET', pattern: '/v1/customers/:customerId/policies', handler: listPolicies },
]);

/**
 * Route, then authenticate, then check the Partner Center role: unknown routes get the gateway's
 * 404 whoever asks; a known route needs a valid token (401) of a user with a role (403).
 */
export function createApiDispatcher(
  services: ApiServices,
  authenticate: Authenticate,
): (request: IncomingRequest) => Promise<Reply> {
  return async (request) => {
    const match = matchApiRoute(request.method, request.rawPath);
    switch (match.kind) {
      case 'not-found':
        return resourceNotFound();
      case 'method-not-allowed':
        return methodNotAllowed(match.allowed);
      case 'malformed-path':
        return invalidRequestInput('the path is not valid percent-encoding');
      case 'matched': {
        const authentication = await authenticate(headerValue(request.headers, 'Authorization'));
        if (!authentication.ok) return unauthorized(authentication.reason);
        const role = findDemoAccount(authentication.oid)?.role ?? 'none';
        if (role === 'none') return noPartnerCenterRole();
        const caller = { oid: authentication.oid, tid: authentication.tid, role };
        return match.handler({ ...request, params: match.params, caller }, services);
      }
    }
  };
}
