import type { ReactNode } from 'react';
import classes from './customers.module.css';

interface CustomerListProps {
  readonly label: string;
  /** Results of an earlier search, shown while the new one loads. */
  readonly stale?: boolean;
  readonly children: ReactNode;
}

/** A list of customer rows. */
export function CustomerList({ label, stale = false, children }: CustomerListProps) {
  return (
    <ul className={classes.list} aria-label={label} data-stale={stale || undefined}>
      {children}
    </ul>
  );
}
