import { useLayoutEffect, useState } from 'react';

/**
 * One ResizeObserver for every watched element: a virtualised table mounts and unmounts cells as
 * it scrolls, and one observer with a lookup is far cheaper than one observer per cell.
 */
const checks = new WeakMap<Element, () => void>();
let observer: ResizeObserver | undefined;

function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) checks.get(entry.target)?.();
  });
  return observer;
}

/**
 * Whether `element` cuts its text off (`text-overflow: ellipsis`), checked when it mounts, when its
 * text changes and whenever its size does (a column narrowing as the window does).
 */
export function useIsTruncated(element: HTMLElement | null, text: string): boolean {
  const [truncated, setTruncated] = useState(false);
  useLayoutEffect(() => {
    if (!element) return undefined;
    const check = () => {
      setTruncated(element.scrollWidth > element.clientWidth);
    };
    check();
    checks.set(element, check);
    const shared = sharedObserver();
    shared.observe(element);
    return () => {
      shared.unobserve(element);
      checks.delete(element);
    };
  }, [element, text]);
  return truncated;
}
