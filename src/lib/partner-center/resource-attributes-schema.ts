import { z } from 'zod';

/** `attributes` carried by every resource: `objectType` names it ("Collection", "DeviceBatch", …). */
export const resourceAttributesSchema = z.object({
  objectType: z.string().optional(),
  etag: z.string().optional(),
});

export type ResourceAttributes = z.infer<typeof resourceAttributesSchema>;
