import { useCallback, useEffect, useState } from "preact/hooks";
import { isAbort } from "./api.ts";

export type Resource<T> =
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; error: unknown };

// Loads data for a view and aborts the request when the view unmounts or its
// inputs change, so a slow response can never overwrite a newer one.
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: ReadonlyArray<unknown>,
): [Resource<T>, () => void] {
  const [state, setState] = useState<Resource<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    // Reloads keep showing the current data until fresh data arrives.
    setState((previous) => (previous.status === "ready" ? previous : { status: "loading" }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) setState({ status: "error", error });
      },
    );
    return () => controller.abort();
    // `load` is usually an inline closure; callers list its real inputs in deps.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return [state, reload];
}
