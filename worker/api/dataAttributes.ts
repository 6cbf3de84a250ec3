// CONTRACT §8 data attributes: the built-in ones and those declared here, whose types every REST
// write of custom attributes then obeys.
import { z } from "zod";
import { ATTRIBUTE_MODELS, BUILT_IN_ATTRIBUTES, DATA_TYPES, type AttributeModel, type DataAttributeList, type DataAttributeObject } from "../../shared/dataAttributes.ts";
import { isUniqueViolation } from "../db/client.ts";
import type { DataAttribute } from "../db/companySchema.ts";
import { insertDataAttribute, listDataAttributes } from "../db/dataAttributes.ts";
import { readJson } from "../http/body.ts";
import { queryString, type AuthedHandler } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";

// Usable in rules as `custom_attributes.NAME` (shared/rules applies the same pattern).
const ATTRIBUTE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_ -]{0,99}$/;

const createBody = z.object({
  name: z.string().trim().regex(ATTRIBUTE_NAME, "name uses letters, digits, spaces, _ and - (at most 100)"),
  model: z.enum(ATTRIBUTE_MODELS),
  // Intercom's SDK also offers "datetime": the same unix seconds as "date".
  data_type: z.union([z.enum(DATA_TYPES), z.literal("datetime").transform(() => "date" as const)]),
  description: z.string().trim().max(1000).optional(),
});

function builtInViews(model: AttributeModel): DataAttributeObject[] {
  return BUILT_IN_ATTRIBUTES[model].map(([name, dataType, label]) => ({
    type: "data_attribute",
    model,
    name,
    full_name: name,
    label,
    description: "",
    data_type: dataType,
    api_writable: name !== "created_at" && name !== "updated_at" && name !== "user_count",
    ui_writable: false,
    messenger_writable: false,
    custom: false,
    archived: false,
  }));
}

function customView(row: DataAttribute): DataAttributeObject {
  return {
    type: "data_attribute",
    id: row.id,
    model: row.model,
    name: row.name,
    full_name: `custom_attributes.${row.name}`,
    label: row.name,
    description: row.description ?? "",
    data_type: row.dataType,
    api_writable: true,
    ui_writable: true,
    messenger_writable: true,
    custom: true,
    archived: false,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    ...(row.adminId === null ? {} : { admin_id: String(row.adminId) }),
  };
}

export const listDataAttributesRoute: AuthedHandler = async (request, c) => {
  const requested = queryString(request, "model");
  const model = ATTRIBUTE_MODELS.find((m) => m === requested);
  if (requested !== undefined && model === undefined) throw new ApiError("parameter_invalid", "model must be contact or company.");
  const models = model === undefined ? ATTRIBUTE_MODELS : [model];
  const custom = await listDataAttributes(c.db, c.principal.workspaceId, model);
  const body = {
    type: "list",
    data: [...models.flatMap(builtInViews), ...custom.map(customView)],
  } satisfies DataAttributeList;
  return Response.json(body);
};

export const createDataAttributeRoute: AuthedHandler = async (request, c) => {
  const body = await readJson(request, createBody);
  const row = { workspaceId: c.principal.workspaceId, model: body.model, name: body.name, dataType: body.data_type, description: body.description ?? null, adminId: c.principal.adminId, createdAt: c.now, updatedAt: c.now };
  try {
    return Response.json(customView(await insertDataAttribute(c.db, row)));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ApiError("parameter_invalid", `A ${body.model} data attribute named ${JSON.stringify(body.name)} already exists.`);
  }
};
