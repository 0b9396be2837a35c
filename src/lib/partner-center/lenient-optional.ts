import { z } from 'zod/mini';

/**
 * An optional field read leniently: absent, `null` (the docs write it in several examples) or a
 * value of the wrong type all read as `undefined`, "not given", and the rest of the response is
 * used. One odd field must never fail a whole page (docs/partner-center-api.md §5, §7). Required
 * fields (`id`, `items`) are not wrapped, so a response without them still fails, readably.
 */
export function lenientOptional<S extends z.ZodMiniType>(schema: S) {
  return z.catch(z.optional(schema), undefined);
}

/**
 * An optional list read leniently: absent, `null` or not a list reads as `undefined`, and an entry
 * that cannot be read is left out while the others are kept (e.g. one malformed policy of a device).
 */
export function lenientList<S extends z.ZodMiniType>(item: S) {
  return lenientOptional(
    z.pipe(
      z.array(z.unknown()),
      z.transform((entries): z.output<S>[] =>
        entries.flatMap((entry) => {
          const parsed = item.safeParse(entry);
          return parsed.success ? [parsed.data] : [];
        }),
      ),
    ),
  );
}
