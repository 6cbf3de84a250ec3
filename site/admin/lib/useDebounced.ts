import { useEffect, useState } from "preact/hooks";

// Typing "alice" should cost one search request, not five.
export function useDebounced<T>(value: T, delayMs: number): [T, (value: T) => void] {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  // The setter lets callers skip the wait, e.g. when Enter is pressed.
  return [debounced, setDebounced];
}
