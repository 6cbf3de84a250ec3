// Hand-written readers instead of zod: the admin bundle stays small, and every
// field the UI touches is checked at runtime rather than trusted via a cast.

export class DecodeError extends Error {
  override name = "DecodeError";
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export class Fields {
  readonly #value: object;
  readonly path: string;

  constructor(value: object, path: string) {
    this.#value = value;
    this.path = path;
  }

  raw(key: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.#value, key) ? Reflect.get(this.#value, key) : undefined;
  }

  fail(key: string, expected: string): never {
    throw new DecodeError(`${this.path}.${key}: expected ${expected}, got ${describe(this.raw(key))}`);
  }

  str(key: string): string {
    const value = this.raw(key);
    return typeof value === "string" ? value : this.fail(key, "string");
  }

  optStr(key: string): string | null {
    const value = this.raw(key);
    if (value === null || value === undefined) return null;
    return typeof value === "string" ? value : this.fail(key, "string or null");
  }

  num(key: string): number {
    const value = this.raw(key);
    return typeof value === "number" && Number.isFinite(value) ? value : this.fail(key, "number");
  }

  // Database ids are integers but the Intercom-shaped API sends them as
  // strings; comparing ids is only safe once both are normalised to strings.
  id(key: string): string {
    const value = this.raw(key);
    if (typeof value === "string") return value;
    return typeof value === "number" ? String(value) : this.fail(key, "id");
  }

  // Unix seconds everywhere in the UI; ISO strings are accepted so an admin
  // endpoint that serialises dates differently does not blank the screen.
  optTime(key: string): number | null {
    const value = this.raw(key);
    if (value === null || value === undefined) return null;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "string") {
      const ms = Date.parse(value);
      if (!Number.isNaN(ms)) return Math.floor(ms / 1000);
    }
    return this.fail(key, "timestamp");
  }

  time(key: string): number {
    return this.optTime(key) ?? this.fail(key, "timestamp");
  }

  oneOf<const T extends readonly string[]>(key: string, allowed: T): T[number] {
    const value = this.raw(key);
    const found = allowed.find((candidate) => candidate === value);
    return found ?? this.fail(key, allowed.join(" | "));
  }

  obj(key: string): Fields {
    return fields(this.raw(key), `${this.path}.${key}`);
  }

  optObj(key: string): Fields | null {
    const value = this.raw(key);
    return value === null || value === undefined ? null : fields(value, `${this.path}.${key}`);
  }

  list<T>(key: string, item: (entry: Fields) => T): T[] {
    const value = this.raw(key);
    if (!Array.isArray(value)) return this.fail(key, "array");
    return value.map((entry: unknown, index) => item(fields(entry, `${this.path}.${key}[${index}]`)));
  }
}

export function fields(value: unknown, path = "response"): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new DecodeError(`${path}: expected object, got ${describe(value)}`);
  }
  return new Fields(value, path);
}
