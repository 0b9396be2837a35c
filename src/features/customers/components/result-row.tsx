import { memo } from 'react';
import type { CustomerSummary } from '../customer-summary';
import { CustomerRow } from './customer-row';
import { PinButton } from './pin-button';

interface ResultRowProps {
  readonly customer: CustomerSummary;
  readonly pinned: boolean;
  readonly onTogglePin: (customer: CustomerSummary) => void;
  readonly onOpen?: (() => void) | undefined;
}

/**
 * A customer in the results, with its pin button. Memoised: loading the next page adds rows
 * without re-rendering the hundreds already shown.
 */
export const ResultRow = memo(function ResultRow({
  customer,
  pinned,
  onTogglePin,
  onOpen,
}: ResultRowProps) {
  return (
    <CustomerRow
      customer={customer}
      onOpen={onOpen}
      actions={
        <PinButton
          name={customer.companyName}
          pinned={pinned}
          onToggle={() => {
            onTogglePin(customer);
          }}
        />
      }
    />
  );
});
