import { describe, expect, it } from "vitest";
import { MAX_SOCKETS_PER_PERSON, mayOpenSocket } from "./socketLimits.ts";

describe("mayOpenSocket", () => {
  it("lets a person hold up to the limit of sockets and no more", () => {
    expect(mayOpenSocket(0)).toBe(true);
    expect(mayOpenSocket(MAX_SOCKETS_PER_PERSON - 1)).toBe(true);
    expect(mayOpenSocket(MAX_SOCKETS_PER_PERSON)).toBe(false);
  });
});
