import { useState } from "preact/hooks";

// A yes/no preference of this browser (e.g. the contact panel collapsed), kept in localStorage.
// Storage can be unavailable (private modes, blocked cookies): then the flag lives for the page.
function read(key: string, fallback: boolean): boolean {
  try {
    const stored = localStorage.getItem(key);
    return stored === null ? fallback : stored === "1";
  } catch {
    return fallback;
  }
}

export function usePersistentFlag(key: string, fallback: boolean): [boolean, (next: boolean) => void] {
  const [value, setValue] = useState(() => read(key, fallback));
  const set = (next: boolean) => {
    setValue(next);
    try {
      localStorage.setItem(key, next ? "1" : "0");
    } catch {
      // Not remembered: see above.
    }
  };
  return [value, set];
}
