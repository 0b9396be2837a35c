/**
 * `npm start` and `npm run dev` print one readable line per request, each labelled with the server
 * that answered it: `dashboard   GET /customers 200 3 ms`, `emulator    GET /v1/customers?size=100
 * 200 12 ms`, `identity    POST /5f2b8c1e…/oauth2/v2.0/token 200 40 ms`. Only the emulator's
 * queries are shown: they are the API calls being made; the others hold search terms and codes.
 */
import type { LocalServicesLog } from '../emulator/local-services';
import { formatServedRequest, labelled } from '../emulator/served-request';
import { formatDashboardLogLine } from './dashboard-log-line';

export function createStackLog(write: (line: string) => void = console.log) {
  const services: LocalServicesLog = {
    request: (server, request) => {
      write(labelled(server, formatServedRequest(request, { withQuery: server === 'emulator' })));
    },
    message: (server, text) => {
      write(labelled(server, text));
    },
  };
  return {
    services,
    /** For the dashboard server's `log` option, which hands over JSON lines. */
    dashboard: (jsonLine: string) => {
      write(labelled('dashboard', formatDashboardLogLine(jsonLine)));
    },
  };
}
