/** Reading environment variables with zod, with errors that name the variable and say what is wrong. */
import { z } from 'zod';
import { isHostAndPort } from './allowed-hosts.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** `FOO=` (as env files and compose files write it) means "not set", like leaving it out. */
function unsetWhenBlank(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

export function required<T extends z.ZodType<unknown, string>>(schema: T) {
  return z.preprocess(unsetWhenBlank, z.string({ error: 'is required' }).trim().pipe(schema));
}

export function optional<T extends z.ZodType<unknown, string>>(schema: T) {
  return z.preprocess(unsetWhenBlank, z.string().trim().pipe(schema).optional());
}

/** The fallback is written as the variable would be, so it goes through the same checks. */
export function withDefault<T extends z.ZodType<unknown, string>>(schema: T, fallback: string) {
  return z.preprocess((value) => unsetWhenBlank(value) ?? fallback, z.string().trim().pipe(schema));
}

/** `a, b,c` → `['a', 'b', 'c']`, each item checked. */
export function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1, 'needs at least one value'));
}

export const hostList = commaList(
  z.string().refine(isHostAndPort, 'must be host or host:port values, e.g. login.example.com'),
);

/** Parses `env`, or throws one error listing every bad variable by name. */
export function parseEnv<T extends z.ZodType>(schema: T, env: Env): z.output<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${String(issue.path[0])}: ${issue.message}`,
  );
  throw new Error(['Invalid environment:', ...problems].join('\n'));
}
