import { randomUUID } from 'node:crypto';
import type { PolicyRecord } from '../../seed/autopilot-profiles';
import { dotNetUtcDate } from '../../seed/dotnet-dates';
import type { CustomerRecord } from '../../seed/seed-records';
import type { BatchJobQueue } from '../batch-jobs/batch-job-queue';

/**
 * A customer's Autopilot profiles (ConfigurationPolicy, docs/partner-center-api.md §7, §16) as
 * writes have changed them, and the profiles that profile assignments gave devices; per emulator
 * process and in memory, on top of the seed, which never changes. A customer's seeded profiles are
 * copied at its first profile write; from then on its list is its own: seeded profiles first, in
 * the seed's order, then the ones created, oldest first. What a caller sends is kept as sent.
 *
 * Profile assignments are batch jobs: each read first settles the job queue, so an assignment that
 * is due has been made.
 */
export interface PolicyFields {
  readonly name: string;
  readonly description: string;
  readonly policySettings: readonly string[];
}

export interface ProfileStore {
  list(customer: CustomerRecord): readonly PolicyRecord[];
  /** A profile by its id, a GUID compared without regard to case. */
  find(customer: CustomerRecord, policyId: string): PolicyRecord | undefined;
  create(customer: CustomerRecord, fields: PolicyFields): PolicyRecord;
  /** The updated profile (`lastModifiedDate` now), or `undefined` when the customer lacks it. */
  update(
    customer: CustomerRecord,
    policyId: string,
    fields: PolicyFields,
  ): PolicyRecord | undefined;
  remove(customer: CustomerRecord, policyId: string): void;
  /**
   * Gives a device (its id exactly) a profile (its id as stored), in place of the seed's or an
   * earlier one.
   */
  assign(customer: CustomerRecord, deviceId: string, policyId: string): void;
  /** Forgets a deregistered device's assignment. */
  unassign(customerId: string, deviceId: string): void;
  /** Device id → the id of the profile an assignment gave it. */
  assignments(customerId: string): ReadonlyMap<string, string>;
  /** Forgets what writes changed for one customer, or for everyone. */
  forget(customerId?: string): void;
}

interface CustomerProfiles {
  policies: readonly PolicyRecord[];
  readonly assignments: Map<string, string>;
}

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function createProfileStore(jobs: BatchJobQueue): ProfileStore {
  const customers = new Map<string, CustomerProfiles>();

  const stateOf = (customer: CustomerRecord): CustomerProfiles => {
    const existing = customers.get(customer.id);
    if (existing !== undefined) return existing;
    const created: CustomerProfiles = { policies: customer.policies, assignments: new Map() };
    customers.set(customer.id, created);
    return created;
  };

  const list = (customer: CustomerRecord): readonly PolicyRecord[] => {
    jobs.settle();
    return customers.get(customer.id)?.policies ?? customer.policies;
  };

  const find = (customer: CustomerRecord, policyId: string): PolicyRecord | undefined =>
    list(customer).find((policy) => sameId(policy.id, policyId));

  return {
    list,
    find,
    create(customer, fields) {
      const state = stateOf(customer);
      const now = dotNetUtcDate(jobs.now());
      const policy: PolicyRecord = {
        id: randomUUID(),
        ...fields,
        createdDate: now,
        lastModifiedDate: now,
      };
      state.policies = [...state.policies, policy];
      return policy;
    },
    update(customer, policyId, fields) {
      const existing = find(customer, policyId);
      if (existing === undefined) return undefined;
      const updated: PolicyRecord = {
        ...existing,
        ...fields,
        lastModifiedDate: dotNetUtcDate(jobs.now()),
      };
      const state = stateOf(customer);
      state.policies = state.policies.map((policy) => (policy === existing ? updated : policy));
      return updated;
    },
    remove(customer, policyId) {
      const state = stateOf(customer);
      state.policies = state.policies.filter((policy) => !sameId(policy.id, policyId));
    },
    assign(customer, deviceId, policyId) {
      stateOf(customer).assignments.set(deviceId, policyId);
    },
    unassign(customerId, deviceId) {
      customers.get(customerId.toLowerCase())?.assignments.delete(deviceId);
    },
    assignments(customerId) {
      jobs.settle();
      return customers.get(customerId.toLowerCase())?.assignments ?? new Map();
    },
    forget(customerId) {
      if (customerId === undefined) customers.clear();
      else customers.delete(customerId.toLowerCase());
    },
  };
}
