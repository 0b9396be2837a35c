import { z } from 'zod';

/**
 * The body of `POST /__emulator/faults`. A fault affects the `times` requests whose method and
 * path match, after letting `skip` matching requests through. `hang` never lets a request reach
 * the API; `accept-then-hang` lets it have its effect (an upload is registered) and then never
 * answers, so a client can be tested for an outcome it cannot know.
 */
const faultKinds = [
  'latency',
  'throttle',
  'server-error',
  'unavailable',
  'malformed-json',
  'bom',
  'missing-field',
  'hang',
  'accept-then-hang',
  'unauthorized',
] as const;

export const faultSpecSchema = z.strictObject({
  /** Owner of the fault, for cleanup: parallel test workers each use their own scope. */
  scope: z.string().min(1),
  /**
   * A case-insensitive substring of the request path as sent (encoded, no query), or a `*` glob.
   */
  pathPattern: z.string().min(1),
  method: z.string().min(1).optional(),
  /**
   * A case-insensitive substring of the decoded query string, e.g. a search's filter value: aims a
   * fault at one request of a path that many requests share (the customer list).
   */
  queryContains: z.string().min(1).optional(),
  kind: z.enum(faultKinds),
  times: z.int().min(1).default(1),
  skip: z.int().min(0).default(0),
  /**
   * `latency`: delay before the normal answer; `hang` and `accept-then-hang`: how long before the
   * connection is closed.
   */
  latencyMs: z.int().min(0).optional(),
  /** `throttle` and `unavailable`: the `Retry-After` value. */
  retryAfterSeconds: z.int().min(0).optional(),
  /** `missing-field`: the field removed (from the first item of a collection); default `id`. */
  field: z.string().min(1).optional(),
});

export type FaultSpec = z.infer<typeof faultSpecSchema>;
