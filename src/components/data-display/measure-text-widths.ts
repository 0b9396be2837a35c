/**
 * A text to measure: in the host's font, as a table heading (bold), or as `<Code>` (monospace, in
 * the extra-small size Mantine gives it).
 */
export interface TextToMeasure {
  readonly text: string;
  readonly as?: 'text' | 'heading' | 'code';
}

/**
 * The rendered width of each text, in pixels, laid out in `host` (an out-of-sight element with the
 * cells' font: see `.measure` in the devices table). All are added at once and read at once, so
 * the browser lays out once, then the host is emptied again. Texts are set as text, never as
 * markup. Where nothing is laid out (jsdom) every width is 0.
 */
export function measureTextWidths(host: HTMLElement, texts: readonly TextToMeasure[]): number[] {
  const spans = texts.map(({ text, as = 'text' }) => {
    const span = host.ownerDocument.createElement('span');
    span.textContent = text;
    if (as === 'heading') span.style.fontWeight = '700';
    if (as === 'code') {
      span.style.fontFamily = 'var(--mantine-font-family-monospace)';
      span.style.fontSize = 'var(--mantine-font-size-xs)';
    }
    return span;
  });
  host.replaceChildren(...spans);
  const widths = spans.map((span) => span.getBoundingClientRect().width);
  host.replaceChildren();
  return widths;
}
