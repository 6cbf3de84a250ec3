import { describe, expect, it } from "vitest";
import { attributeTypeErrors, fitsType, type DataType } from "./dataAttributes.ts";

describe("fitsType", () => {
  const table: [string | number | boolean | null, DataType, boolean][] = [
    ["Pro", "string", true],
    [3, "string", false],
    [3, "integer", true],
    [1.5, "integer", false],
    ["3", "integer", false],
    [1.5, "float", true],
    [2, "float", true],
    ["1.5", "float", false],
    [Number.NaN, "float", false],
    [true, "boolean", true],
    ["true", "boolean", false],
    [0, "boolean", false],
    [1_700_000_000, "date", true],
    [-1, "date", false],
    [1.5, "date", false],
    ["2024-01-01", "date", false],
    [null, "integer", true],
    [null, "string", true],
  ];
  it.each(table)("says whether %j fits %s (%s)", (value, dataType, expected) => {
    expect(fitsType(value, dataType)).toBe(expected);
  });
});

describe("attributeTypeErrors", () => {
  it("names each declared attribute whose value has another type and ignores undeclared ones", () => {
    const declared = new Map<string, DataType>([["seats", "integer"], ["vip", "boolean"]]);
    expect(attributeTypeErrors({ seats: "12", vip: true, anything: "goes" }, declared)).toEqual(['custom_attributes.seats must be an integer, got "12"']);
    expect(attributeTypeErrors({ seats: 12, vip: null }, declared)).toEqual([]);
  });
});
