import { parseRuntimeConfig, type RuntimeConfigResult } from './runtime-config';

export const runtimeConfigUrl = '/config.json';

/** Fetches and validates `/config.json`; never throws, so a bad setting becomes a page, not a blank screen. */
export async function loadRuntimeConfig(
  fetchImpl: typeof fetch = fetch,
): Promise<RuntimeConfigResult> {
  let response: Response;
  try {
    response = await fetchImpl(runtimeConfigUrl, { cache: 'no-store' });
  } catch {
    return problem(`could not be loaded from ${runtimeConfigUrl} (is the server running?)`);
  }
  if (!response.ok) {
    return problem(`could not be loaded from ${runtimeConfigUrl} (HTTP ${response.status})`);
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return problem(`at ${runtimeConfigUrl} is not valid JSON`);
  }
  return parseRuntimeConfig(raw);
}

function problem(text: string): RuntimeConfigResult {
  return { ok: false, problems: [{ setting: 'configuration', problem: text }] };
}
