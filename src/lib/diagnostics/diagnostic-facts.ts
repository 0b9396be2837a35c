import { isPartnerCenterError } from '@/lib/api-client/api-error';
import type { DiagnosticFacts } from './format-diagnostics';

/**
 * What a failure tells support. A Partner Center error gives its request, status, code,
 * description and ids (and its message when no HTTP answer explains it: no network, a timeout,
 * an unreadable answer); any other error gives its message.
 */
export function diagnosticFacts(error: unknown): DiagnosticFacts {
  if (isPartnerCenterError(error)) {
    return {
      error: error.kind === 'http' ? undefined : error.message,
      request: { method: error.method, url: error.url },
      status: error.status,
      partnerCenterCode: error.code,
      description: error.description,
      requestId: error.requestId,
      correlationId: error.correlationId,
    };
  }
  if (error instanceof Error) return { error: error.message || error.name };
  return { error: String(error) };
}
