import type { ReactNode } from 'react';

interface ScrollBoxProps {
  /** The table's width below which the box scrolls sideways instead of squeezing it. */
  readonly minWidth: number;
  /** Names the box a keyboard user tabs to in order to scroll it (a group: not a landmark). */
  readonly label: string;
  readonly children: ReactNode;
}

/** A table that scrolls in its own box on a narrow screen, reachable by keyboard (WCAG 2.1.1). */
export function ScrollBox({ minWidth, label, children }: ScrollBoxProps) {
  return (
    <div role="group" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
