/** One row of the table `npm run bench` prints. */
export interface Figure {
  readonly figure: string;
  readonly value: string;
  /** What the performance issue asks for; empty when the figure is context for another. */
  readonly target?: string;
  /** Whether the target is met; absent when there is no target. */
  readonly met?: boolean;
}

/** A benchmark that could not finish still gets a row, saying why, so the others are printed. */
export function failedFigure(figure: string, error: unknown): Figure {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { figure, value: `failed: ${reason ?? 'unknown error'}` };
}
