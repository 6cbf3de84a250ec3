// Declared custom data attributes (CONTRACT §8): their types are enforced on every REST write.
import { and, asc, eq } from "drizzle-orm";
import type { AttributeModel, DataType } from "../../shared/dataAttributes.ts";
import type { Db } from "./client.ts";
import { dataAttributes, type DataAttribute } from "./companySchema.ts";

/** Declared attributes in creation order; without `model`, those of both models (the export's). */
export async function listDataAttributes(db: Db, workspaceId: number, model?: AttributeModel): Promise<DataAttribute[]> {
  const scope = and(eq(dataAttributes.workspaceId, workspaceId), model === undefined ? undefined : eq(dataAttributes.model, model));
  return db.select().from(dataAttributes).where(scope).orderBy(asc(dataAttributes.id)).all();
}

/** Name → type of the custom attributes declared for a model. */
export async function declaredTypes(db: Db, workspaceId: number, model: AttributeModel): Promise<Map<string, DataType>> {
  const rows = await db
    .select({ name: dataAttributes.name, dataType: dataAttributes.dataType })
    .from(dataAttributes)
    .where(and(eq(dataAttributes.workspaceId, workspaceId), eq(dataAttributes.model, model)))
    .all();
  return new Map(rows.map((row) => [row.name, row.dataType]));
}

export async function dataAttributeByName(db: Db, workspaceId: number, model: AttributeModel, name: string): Promise<DataAttribute | undefined> {
  return db
    .select()
    .from(dataAttributes)
    .where(and(eq(dataAttributes.workspaceId, workspaceId), eq(dataAttributes.model, model), eq(dataAttributes.name, name)))
    .get();
}

export async function insertDataAttribute(db: Db, row: Omit<DataAttribute, "id">): Promise<DataAttribute> {
  return db.insert(dataAttributes).values(row).returning().get();
}
