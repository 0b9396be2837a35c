import { z } from 'zod/mini';

/** `attributes` carried by every resource: `objectType` names it ("Collection", "DeviceBatch", …). */
export const resourceAttributesSchema = z.object({
  objectType: z.optional(z.string()),
  etag: z.optional(z.string()),
});

export type ResourceAttributes = z.infer<typeof resourceAttributesSchema>;
