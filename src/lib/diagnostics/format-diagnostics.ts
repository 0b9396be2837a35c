/**
 * The plain-text block a user hands to support when something fails: one `Label: value` per line,
 * in a fixed order, a line left out when its fact is unknown.
 *
 * The labels are English whatever the UI language, on purpose: the block is written for Microsoft
 * support and for the people who run this deployment, who read English, and one fixed wording lets
 * them (and their tools) read every user's block the same way. Values are quoted as they are, so
 * Partner Center's description stays in the language it answered in. The panel around the block
 * says, in the user's language, that the block is in English and why.
 */
export interface DiagnosticLine {
  readonly label: string;
  readonly value: string;
}

/** What failed, apart from when and where. */
export interface DiagnosticFacts {
  /** What went wrong in words, when no Partner Center answer says it. */
  readonly error?: string | undefined;
  /** The failed Partner Center request. */
  readonly request?: { readonly method: string; readonly url: string } | undefined;
  readonly status?: number | undefined;
  readonly partnerCenterCode?: number | string | undefined;
  /** Partner Center's description: untrusted text, quoted, never interpreted. */
  readonly description?: string | undefined;
  readonly requestId?: string | undefined;
  readonly correlationId?: string | undefined;
  /** Further facts the panel shows, such as a sign-in error code. */
  readonly extra?: readonly DiagnosticLine[] | undefined;
}

export interface Diagnostics extends DiagnosticFacts {
  /** When the failure happened; written as ISO 8601 in UTC. */
  readonly time: Date;
  /** The page's path and query, without secrets (see `safePageAddress`). */
  readonly page: string;
}

/** Longer values are cut: a block is for reading, and a hostile answer must not flood it. */
const maxValueLength = 2_000;

export function formatDiagnostics(diagnostics: Diagnostics): string {
  const { request, partnerCenterCode, status } = diagnostics;
  const lines: [string, string | undefined][] = [
    ['Time', diagnostics.time.toISOString()],
    ['Page', diagnostics.page],
    ['Error', diagnostics.error],
    ['Request', request ? `${request.method} ${request.url}` : undefined],
    ['HTTP status', status === undefined ? undefined : String(status)],
    [
      'Partner Center code',
      partnerCenterCode === undefined ? undefined : String(partnerCenterCode),
    ],
    ['Description', diagnostics.description],
    ['Request id', diagnostics.requestId],
    ['Correlation id', diagnostics.correlationId],
    ...(diagnostics.extra ?? []).map((line): [string, string] => [line.label, line.value]),
  ];
  return lines
    .map(([label, value]) => [oneLine(label), oneLine(value ?? '')] as const)
    .filter(([label, value]) => label !== '' && value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}

/**
 * A value on one line: line breaks, other control characters and bidirectional overrides become
 * spaces, so no value can forge a line of its own or disguise the ones around it.
 */
function oneLine(value: string): string {
  const flat = value.replace(/[\s\p{Cc}\u202A-\u202E\u2066-\u2069]+/gu, ' ').trim();
  return flat.length > maxValueLength ? `${flat.slice(0, maxValueLength)}…` : flat;
}
