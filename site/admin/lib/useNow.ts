import { useEffect, useState } from "preact/hooks";
import { nowSeconds } from "./time.ts";

/** The current unix time, refreshed every `everyMs`, for labels such as "waiting 12 min". */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(nowSeconds);
  useEffect(() => {
    const timer = setInterval(() => setNow(nowSeconds()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
