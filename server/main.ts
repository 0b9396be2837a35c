/**
 * Production entry: `node dist-server/main.js` (compiled by `npm run build`). Reads the environment
 * (server/README.md lists it), serves the built dashboard and forwards the API until SIGINT or
 * SIGTERM, then lets open requests finish and exits 0. Every line on stdout is one JSON object.
 */
import { createDashboardServer } from './create-dashboard-server.js';
import { logEvent, type LogLine } from './request-log.js';
import { readServerEnv } from './server-env.js';

const log: LogLine = (line) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const options = readServerEnv(process.env);
  const server = await createDashboardServer({ ...options, log });
  logEvent(log, 'info', `listening on ${server.url}`, {
    url: server.url,
    apiBasePath: options.apiBasePath,
    upstream: options.upstreamOrigin,
  });

  const stop = (signal: NodeJS.Signals) => {
    logEvent(log, 'info', 'stopping: finishing open requests', { signal });
    server.close().then(
      () => {
        logEvent(log, 'info', 'stopped');
        process.exitCode = 0;
      },
      (error: unknown) => {
        logEvent(log, 'error', 'stopping failed', { error: String(error) });
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
