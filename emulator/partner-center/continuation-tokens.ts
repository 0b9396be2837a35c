import { z } from 'zod';

/**
 * Continuation tokens are opaque to clients (base64url JSON here). A customers token carries the
 * page size and the filter, so the next page needs only `seekOperation=Next` and the header; a
 * batches token is bound to its customer, a devices token to its customer and batch.
 */
const customerFilterSchema = z.object({
  field: z.enum(['CompanyName', 'Domain']),
  value: z.string(),
});

const cursorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('customers'),
    offset: z.int().min(0),
    size: z.int().min(1),
    filter: customerFilterSchema.optional(),
  }),
  z.object({
    kind: z.literal('batches'),
    customerId: z.string(),
    offset: z.int().min(0),
  }),
  z.object({
    kind: z.literal('devices'),
    customerId: z.string(),
    batchId: z.string(),
    offset: z.int().min(0),
  }),
]);

export type Cursor = z.infer<typeof cursorSchema>;
export type CustomersCursor = Extract<Cursor, { kind: 'customers' }>;
export type DevicesCursor = Extract<Cursor, { kind: 'devices' }>;

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodeCursor(token: string): Cursor | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    const parsed = cursorSchema.safeParse(decoded);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
