import { getTableColumns, getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import * as schema from "../../worker/db/schema.ts";

const tables = Object.values(schema).filter((value) => is(value, SQLiteTable));

describe("the drizzle schema", () => {
  it("declares exactly the columns the migrations create", async () => {
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const name = getTableName(table);
      const declared = Object.values(getTableColumns(table)).map((c) => c.name).sort();
      const { results } = await env.DB.prepare(`SELECT name FROM pragma_table_info(?)`).bind(name).all<{ name: string }>();
      expect(results.map((r) => r.name).sort(), name).toEqual(declared);
    }
  });

  it("declares every table the migrations create, so no query needs raw SQL for want of one", async () => {
    const declared = new Set<string>(tables.map((t) => getTableName(t)));
    const { results } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations'",
    ).all<{ name: string }>();
    expect(results.map((r) => r.name).filter((name) => !declared.has(name)).sort()).toEqual([]);
  });

  it("gives every table but the pre-sign-in throttle a workspace_id", async () => {
    const { results } = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations'",
    ).all<{ name: string }>();
    for (const { name } of results) {
      if (name === "workspaces" || name === "login_failures") continue;
      const { results: cols } = await env.DB.prepare(`SELECT name FROM pragma_table_info(?)`).bind(name).all<{ name: string }>();
      expect(cols.map((c) => c.name), name).toContain("workspace_id");
    }
  });
});
