import { describe, expect, it } from "vitest";
import type { Admin } from "../db/schema.ts";
import { TEAM_FACES, teamFaces } from "./messengerViews.ts";

const anAdmin = (id: number, name: string, away = false): Admin => ({
  id, workspaceId: 1, email: `a${id}@example.com`, name, passwordHash: "secret-hash", role: "admin", away, createdAt: 0, disabledAt: null,
});

describe("teamFaces", () => {
  it("shows first names only, with the admins whose inbox is open and who are not away first", () => {
    const admins = [anAdmin(1, "Ada Lovelace"), anAdmin(2, "Grace Hopper", true), anAdmin(3, "Alan Turing")];
    expect(teamFaces(admins, new Set(["2", "3"]))).toEqual([
      { id: "3", name: "Alan", online: true },
      { id: "1", name: "Ada", online: false },
      { id: "2", name: "Grace", online: false },
    ]);
  });

  it("carries nothing but id, first name and the online flag, for a handful of admins", () => {
    const admins = Array.from({ length: 9 }, (_, i) => anAdmin(i + 1, `Person ${i + 1}`));
    const faces = teamFaces(admins, new Set());
    expect(faces).toHaveLength(TEAM_FACES);
    for (const face of faces) expect(Object.keys(face).sort()).toEqual(["id", "name", "online"]);
  });
});
