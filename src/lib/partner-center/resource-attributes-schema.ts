import { z } from 'zod/mini';
import { lenientOptional } from '@/lib/partner-center/lenient-optional';

/** `attributes` carried by every resource: `objectType` names it ("Collection", "DeviceBatch", …). */
export const resourceAttributesSchema = z.object({
  objectType: lenientOptional(z.string()),
  etag: lenientOptional(z.string()),
});

export type ResourceAttributes = z.infer<typeof resourceAttributesSchema>;
