// Data attributes (CONTRACT §8): the types a custom attribute may be declared with, the built-in
// attributes listed beside them, and the one check every write of custom attributes goes through.
import type { CustomAttributes } from "./api-types.ts";

export const DATA_TYPES = ["string", "integer", "float", "boolean", "date"] as const;
export type DataType = (typeof DATA_TYPES)[number];

export const ATTRIBUTE_MODELS = ["contact", "company"] as const;
export type AttributeModel = (typeof ATTRIBUTE_MODELS)[number];

export interface DataAttributeObject {
  type: "data_attribute";
  id?: number;
  model: AttributeModel;
  name: string;
  full_name: string;
  label: string;
  description: string;
  data_type: DataType;
  api_writable: boolean;
  ui_writable: boolean;
  messenger_writable: boolean;
  custom: boolean;
  archived: boolean;
  created_at?: number;
  updated_at?: number;
  admin_id?: string;
}

export interface DataAttributeList {
  type: "list";
  data: DataAttributeObject[];
}

type BuiltIn = readonly [name: string, dataType: DataType, label: string];

/** The fields of Intercom's Contact and Company that Parley stores, as `GET /data_attributes` names them. */
export const BUILT_IN_ATTRIBUTES: Record<AttributeModel, readonly BuiltIn[]> = {
  contact: [
    ["external_id", "string", "User ID"],
    ["role", "string", "Role"],
    ["email", "string", "Email"],
    ["name", "string", "Name"],
    ["phone", "string", "Phone"],
    ["created_at", "date", "Created at"],
    ["signed_up_at", "date", "Signed up"],
    ["last_seen_at", "date", "Last seen"],
    ["updated_at", "date", "Updated at"],
    ["web_sessions", "integer", "Web sessions"],
    ["unsubscribed_from_emails", "boolean", "Unsubscribed from emails"],
  ],
  company: [
    ["company_id", "string", "Company ID"],
    ["name", "string", "Company name"],
    ["plan", "string", "Plan"],
    ["size", "integer", "Company size"],
    ["website", "string", "Website"],
    ["industry", "string", "Industry"],
    ["monthly_spend", "float", "Monthly spend"],
    ["remote_created_at", "date", "Company created at"],
    ["created_at", "date", "First seen"],
    ["user_count", "integer", "People"],
  ],
};

/** Whether one value fits a declared type. Null removes the attribute and always fits; strings are never coerced. */
export function fitsType(value: string | number | boolean | null, dataType: DataType): boolean {
  if (value === null) return true;
  switch (dataType) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value);
    case "float":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "date":
      // Unix seconds, as every other time in the API.
      return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
  }
}

/** One message per value that does not fit its declared type; attributes never declared are free. */
export function attributeTypeErrors(values: CustomAttributes, declared: ReadonlyMap<string, DataType>): string[] {
  const errors: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const dataType = declared.get(name);
    if (dataType !== undefined && !fitsType(value, dataType)) {
      errors.push(`custom_attributes.${name} must be ${article(dataType)} ${dataType}, got ${JSON.stringify(value)}`);
    }
  }
  return errors;
}

function article(dataType: DataType): string {
  return dataType === "integer" ? "an" : "a";
}
