import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { AttributeModel, DataType } from "../../shared/dataAttributes.ts";

// Migration 0022: companies and who works there, declared data attributes, saved segments. Kept
// beside schema.ts, which re-exports it, so the drift test sees these tables too.

export const companies = sqliteTable(
  "companies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id").notNull(),
    companyId: text("company_id").notNull(),
    name: text("name"),
    plan: text("plan"),
    size: integer("size"),
    website: text("website"),
    industry: text("industry"),
    monthlySpend: real("monthly_spend").notNull().default(0),
    remoteCreatedAt: integer("remote_created_at"),
    customAttributes: text("custom_attributes", { mode: "json" })
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default(sql`'{}'`),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("companies_workspace_company_id").on(t.workspaceId, t.companyId)],
);

export const contactCompanies = sqliteTable(
  "contact_companies",
  {
    workspaceId: integer("workspace_id").notNull(),
    contactId: text("contact_id").notNull(),
    companyId: integer("company_id").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.companyId] }), index("contact_companies_company").on(t.companyId, t.contactId)],
);

export const dataAttributes = sqliteTable(
  "data_attributes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id").notNull(),
    model: text("model").$type<AttributeModel>().notNull(),
    name: text("name").notNull(),
    dataType: text("data_type").$type<DataType>().notNull(),
    description: text("description"),
    adminId: integer("admin_id"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("data_attributes_workspace_model_name").on(t.workspaceId, t.model, t.name)],
);

export const segments = sqliteTable(
  "segments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id").notNull(),
    name: text("name").notNull(),
    rules: text("rules", { mode: "json" }).$type<unknown>().notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("segments_workspace").on(t.workspaceId, t.id)],
);

export type Company = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;
/** What a write may change of a company (its key and times are the store's). */
export type CompanyFields = Partial<Omit<NewCompany, "id" | "workspaceId" | "companyId" | "createdAt" | "updatedAt">>;
export type DataAttribute = typeof dataAttributes.$inferSelect;
export type Segment = typeof segments.$inferSelect;
