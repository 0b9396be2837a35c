import { z } from 'zod/mini';
import { lenientOptional } from '@/lib/partner-center/lenient-optional';

/**
 * The API's error body (docs/partner-center-api.md §9). `code` is documented as a string but observed as a number,
 * so both pass; `description`, `data` and `source` are read leniently (absent, null or unreadable
 * reads as not given), so the code survives a body with an odd field.
 */
export const apiErrorBodySchema = z.object({
  code: z.union([z.number(), z.string()]),
  description: lenientOptional(z.string()),
  data: lenientOptional(z.array(z.unknown())),
  source: lenientOptional(z.string()),
});

/** The gateway's error body, e.g. an unknown route (404) or throttling (429). */
export const gatewayErrorBodySchema = z.object({
  statusCode: z.number(),
  message: z.string(),
});

export const errorBodySchema = z.union([apiErrorBodySchema, gatewayErrorBodySchema]);

export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
export type GatewayErrorBody = z.infer<typeof gatewayErrorBodySchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
