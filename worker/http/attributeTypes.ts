// CONTRACT §8: a value of another type for a declared custom attribute is refused with 400.
import type { CustomAttributes } from "../../shared/api-types.ts";
import { attributeTypeErrors, fitsType, type AttributeModel } from "../../shared/dataAttributes.ts";
import type { Db } from "../db/client.ts";
import { declaredTypes } from "../db/dataAttributes.ts";
import { ApiError } from "./errors.ts";

/** REST writes: every mismatch is named in one 400 `parameter_invalid`. */
export async function enforceAttributeTypes(db: Db, workspaceId: number, model: AttributeModel, values: CustomAttributes | undefined): Promise<void> {
  if (values === undefined || Object.keys(values).length === 0) return;
  const errors = attributeTypeErrors(values, await declaredTypes(db, workspaceId, model));
  if (errors.length > 0) throw new ApiError("parameter_invalid", errors.join("; "));
}

/**
 * The messenger cannot answer a page's script with an error it would show nobody: values of the
 * wrong type are dropped and the rest are kept.
 */
export async function keepFittingAttributes(db: Db, workspaceId: number, model: AttributeModel, values: CustomAttributes): Promise<CustomAttributes> {
  if (Object.keys(values).length === 0) return values;
  const declared = await declaredTypes(db, workspaceId, model);
  return Object.fromEntries(Object.entries(values).filter(([name, value]) => {
    const dataType = declared.get(name);
    return dataType === undefined || fitsType(value, dataType);
  }));
}
