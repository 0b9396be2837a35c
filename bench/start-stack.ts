/**
 * The built app behind the production server, with the identity provider and the Partner Center
 * emulator, started exactly as `npm start` starts them (scripts/start.ts) but in a child process on
 * the benchmark's ports, so the servers do not share the benchmark's event loop; the one difference
 * is that the emulator finishes device uploads at once.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { benchPorts, dashboardOrigin } from './bench-ports';

export interface RunningStack {
  stop(): Promise<void>;
}

const readyTimeoutMs = 30_000;
const stopTimeoutMs = 10_000;

export async function startStack(distDir: string): Promise<RunningStack> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DASHBOARD_PORT: String(benchPorts.dashboard),
    EMULATOR_PORT: String(benchPorts.partnerCenter),
    IDP_PORT: String(benchPorts.identityProvider),
    DIST_DIR: distDir,
    // Uploads finish at once (npm start: after two 2 s steps), so the upload figure waits for no
    // processing, only for the dashboard and the API.
    EMULATOR_UPLOAD_STEP_MS: '0',
  };
  // The emulator's test-mode hooks (fault injection, request log) are not needed: nothing is faked.
  delete env.EMULATOR_TEST_MODE;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env,
    // Every request is logged on stdout; only warnings and errors are worth showing.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = () => child.exitCode !== null || child.signalCode !== null;

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited())
      throw new Error('the local servers stopped while starting (see the output above)');
    if (await isServing()) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the dashboard did not answer at ${dashboardOrigin} within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    async stop() {
      if (exited()) return;
      const stopped = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      await stopped;
      clearTimeout(timer);
    },
  };
}

async function isServing(): Promise<boolean> {
  try {
    const response = await fetch(`${dashboardOrigin}/config.json`);
    return response.ok;
  } catch {
    return false;
  }
}
