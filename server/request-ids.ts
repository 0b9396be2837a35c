/**
 * The ids the Partner Center API's clients send for support (`MS-RequestId`, `MS-CorrelationId`).
 * They are GUIDs; anything else is neither logged nor echoed, so a header cannot inject text.
 */
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function guidOrUndefined(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' && guidPattern.test(value) ? value : undefined;
}
