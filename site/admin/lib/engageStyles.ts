// Layout for the Engage components, inline because admin.css is shared by every area's pending work.
export const ROW = { display: "flex", flexWrap: "wrap", gap: "0.5rem", alignItems: "center" } as const;
export const GROUP = { border: "1px solid #d0d7de", borderRadius: "6px", padding: "0.5rem 0.75rem", margin: 0 } as const;
export const LIST = { listStyle: "none", padding: 0, margin: "0.5rem 0", display: "grid", gap: "0.5rem" } as const;
export const PRE = { whiteSpace: "pre-wrap", fontFamily: "inherit", margin: "0.5rem 0 0" } as const;
