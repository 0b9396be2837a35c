import type { SeedCatalogue } from '../seed/seed-catalogue';
import type { PollingProgress } from '../seed/polling-progress';
import type { BatchJobQueue } from './batch-jobs/batch-job-queue';
import type { DeviceRegistrations } from './device-registration/device-registrations';
import type { ProfileStore } from './device-management/profile-store';
import type { ReceivedRequest } from './incoming-request';
import type { LinkFactory } from './links';
import type { Reply } from './replies';
import type { RouteParams } from './router';

/** The signed-in partner user, after authentication and the role check. */
export interface Caller {
  readonly oid: string;
  /** The partner's tenant, from the token. */
  readonly tid: string;
  readonly role: 'admin-agent' | 'sales-agent';
}

export interface ApiRequest extends ReceivedRequest {
  readonly params: RouteParams;
  readonly caller: Caller;
}

/**
 * What the API handlers read: the seed's data, the link style, the polling customer's state and
 * what writes have changed: the batch jobs (uploads, profile assignments), the devices each
 * customer has, and its profiles.
 */
export interface ApiServices {
  readonly catalogue: SeedCatalogue;
  readonly link: LinkFactory;
  readonly pollingProgress: PollingProgress;
  readonly jobs: BatchJobQueue;
  readonly registrations: DeviceRegistrations;
  readonly profiles: ProfileStore;
}

export type ApiHandler = (request: ApiRequest, services: ApiServices) => Reply;
