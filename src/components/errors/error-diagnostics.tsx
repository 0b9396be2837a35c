import { useState } from 'react';
import { failureTime } from '@/lib/diagnostics/failure-time';
import { formatDiagnostics, type DiagnosticFacts } from '@/lib/diagnostics/format-diagnostics';
import { safePageAddress } from '@/lib/diagnostics/safe-page-address';
import { DiagnosticsBlock } from './diagnostics-block';

interface ErrorDiagnosticsProps {
  /** The failure itself; its time is when it happened, else when this was first shown. */
  readonly error?: unknown;
  readonly facts: DiagnosticFacts;
}

/** The diagnostics of one failure, on the page it happened on, ready to copy for support. */
export function ErrorDiagnostics({ error, facts }: ErrorDiagnosticsProps) {
  const [shownAt] = useState(() => new Date());
  const text = formatDiagnostics({
    time: failureTime(error) ?? shownAt,
    // The browser's address, not the router's: this also shows outside the router.
    page: safePageAddress(window.location),
    ...facts,
  });
  return <DiagnosticsBlock text={text} />;
}
