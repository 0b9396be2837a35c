import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once every `ms` (at once when `now` says so, e.g. when done): for a
 * live region that follows a fast count, so a screen reader hears the progress every few seconds
 * rather than on every answer. The latest value always comes through.
 */
export function useCalmValue<T>(value: T, ms: number, now = false): T {
  const [calm, setCalm] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = now ? 0 : Math.max(0, last.current + ms - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      setCalm(value);
    }, wait);
    return () => {
      clearTimeout(timer);
    };
  }, [value, ms, now]);
  return calm;
}
