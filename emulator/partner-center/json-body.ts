import { z } from 'zod';

/**
 * Reading the JSON bodies of the write calls (uploads, profile assignments, profiles) one way:
 * property names matched without regard to case (the docs write `BatchId` and `Devices`,
 * PowerShell and community tools camelCase), a byte order mark allowed, and the first problem
 * named as the docs name the field (`devices[2].hardwareHash must be a string`), for the
 * description of a 400 code 800002.
 */
export type ParsedBody<Value> =
  { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ BatchId, Devices }` and `{ batchId, devices }` alike: keys lower-cased before parsing. */
export const lowerCaseKeys = (value: unknown): unknown =>
  isRecord(value)
    ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]))
    : value;

/** "is required" for an absent value, `otherwise` for a value of the wrong type. */
export const requiredOr =
  (otherwise: string) =>
  (issue: { readonly input: unknown }): string =>
    issue.input === undefined ? 'is required' : otherwise;

/** `fieldNames`: the property names as the docs write them, for messages. */
function describeIssue(error: z.ZodError, fieldNames: readonly string[]): string {
  const [issue] = error.issues;
  if (issue === undefined) return 'the body is not valid';
  const displayNames: Readonly<Record<string, string>> = Object.fromEntries(
    fieldNames.map((name) => [name.toLowerCase(), name]),
  );
  const where = issue.path
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : `${index === 0 ? '' : '.'}${displayNames[String(segment)] ?? String(segment)}`,
    )
    .join('');
  return where === '' ? `the body ${issue.message}` : `${where} ${issue.message}`;
}

function parseJson(text: string): { ok: true; json: unknown } | { ok: false } {
  try {
    // .NET clients may write a byte order mark before the JSON.
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

/** `fieldNames`: the body's property names as the docs write them (`batchId`), for messages. */
export function parseJsonBody<Value>(
  schema: z.ZodType<Value>,
  text: string,
  fieldNames: readonly string[],
): ParsedBody<Value> {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problem: 'the body is not JSON' };
  const parsed = schema.safeParse(json.json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problem: describeIssue(parsed.error, fieldNames) };
}
