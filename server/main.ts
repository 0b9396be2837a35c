/**
 * Production entry: `tsx server/main.ts`. Reads the environment (server/README.md lists it), serves
 * the built dashboard and forwards the API until SIGINT or SIGTERM.
 */
import { createDashboardServer } from './create-dashboard-server';
import { readServerEnv } from './server-env';

async function main(): Promise<void> {
  const options = readServerEnv(process.env);
  const server = await createDashboardServer({ ...options, log: (line) => console.log(line) });
  console.log(
    `Dashboard listening on ${server.url} (${options.apiBasePath} → ${options.upstreamOrigin})`,
  );

  const stop = (signal: NodeJS.Signals) => {
    console.log(`${signal}: finishing open requests, then stopping`);
    void server.close().then(() => console.log('Stopped'));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
