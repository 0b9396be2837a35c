import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPollingProgress, defaultPollingCompletion } from '../seed/polling-progress';
import { createSeedCatalogue, defaultSeed } from '../seed/seed-catalogue';
import { createApiDispatcher } from './api-dispatcher';
import { createServerId } from './correlation-headers';
import { createBatchJobQueue } from './batch-jobs/batch-job-queue';
import { defaultUploadStepMs } from './batch-jobs/batch-job-timeline';
import { createProfileStore } from './device-management/profile-store';
import { createDeviceRegistrations } from './device-registration/device-registrations';
import { acceptAnyBearerToken } from './default-authenticate';
import type { PartnerCenterEmulator, PartnerCenterEmulatorOptions } from './emulator-options';
import { createTestControls } from './test-mode/test-controls';
import { createLinkFactory } from './links';
import { createRequestListener } from './request-pipeline';

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('The emulator is not listening on a TCP port'));
      } else {
        resolve(address);
      }
    });
  });
}

/** Starts the local Partner Center API; the API is under `${url}/v1`. */
export async function createPartnerCenterEmulator(
  options: PartnerCenterEmulatorOptions = {},
): Promise<PartnerCenterEmulator> {
  const pollingProgress = createPollingProgress(
    options.pollingCompletesAfter ?? defaultPollingCompletion,
  );
  const jobs = createBatchJobQueue({
    stepMs: options.uploadStepMs ?? defaultUploadStepMs,
    ...(options.now && { now: options.now }),
  });
  const registrations = createDeviceRegistrations(jobs);
  const profiles = createProfileStore(jobs);
  /** What the test mode's reset of uploads forgets: every write's effect, for one customer or all. */
  const forgetWrites = (customerId?: string): number => {
    registrations.forget(customerId);
    profiles.forget(customerId);
    return jobs.forget(customerId);
  };
  const dispatchApi = createApiDispatcher(
    {
      catalogue: createSeedCatalogue(options.seed ?? defaultSeed, {
        liveFormsEverywhere: options.liveForms === true,
      }),
      link: createLinkFactory(options.linkStyle ?? 'mixed'),
      pollingProgress,
      jobs,
      registrations,
      profiles,
    },
    options.authenticate ?? acceptAnyBearerToken,
  );
  const server = createServer(
    createRequestListener({
      dispatchApi,
      testControls:
        options.testMode === true ? createTestControls(pollingProgress, forgetWrites) : undefined,
      serverId: createServerId(),
      log: options.log,
    }),
  );
  const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${String(address.port)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
