import { Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useIsTruncated } from './use-is-truncated';

interface TruncatedTextProps {
  /** The whole value, as text (never markup). */
  readonly value: string;
}

/**
 * A value on one line that ends in "…" only when its column runs out of room. Cut off, it becomes
 * one Tab stop that shows the whole value on focus as on hover, so a keyboard reaches it too;
 * whole, it is plain text and no Tab stop at all. The tooltip is only mounted for a cut-off value:
 * a virtualised table mounts rows as it scrolls, and most values fit.
 */
export function TruncatedText({ value }: TruncatedTextProps) {
  const [element, setElement] = useState<HTMLParagraphElement | null>(null);
  const truncated = useIsTruncated(element, value);
  const text = (
    <Text ref={setElement} size="sm" truncate="end" tabIndex={truncated ? 0 : undefined}>
      {value}
    </Text>
  );
  if (!truncated) return text;
  return (
    <Tooltip
      label={value}
      multiline
      maw="30rem"
      withinPortal={false}
      events={{ hover: true, focus: true, touch: true }}
    >
      {text}
    </Tooltip>
  );
}
