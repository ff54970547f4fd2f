/** A JSON-LD object. */
export type JsonNode = Record<string, unknown>;

/** The name of a Person or Organization node, or of a plain string. */
export function personName(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isNode(value)) return undefined;
  const parts = [text(value.givenName), text(value.familyName)];
  return text(value.name) ?? (parts.filter(isString).join(' ') || undefined);
}

/** Whether a node carries the schema.org type `type`. */
export function hasType(node: JsonNode, type: string): boolean {
  return list(node['@type']).some((t) => typeName(t) === type);
}

/**
 * The bare name of a type: `schema:ScholarlyArticle` and
 * `https://schema.org/ScholarlyArticle` both give `ScholarlyArticle`.
 */
export function typeName(type: unknown): string {
  return typeof type === 'string' ? type.replace(/^.*[/:]/, '') : '';
}

/** Parses JSON, returning undefined for malformed text. */
export function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** A string or number value as trimmed text. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

/** A JSON-LD value that may be single or repeated, as an array. */
export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Zero or one value as an array. */
export function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/** Whether a value is a JSON object. */
export function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is a string. */
export function isString(value: unknown): value is string {
  return typeof value === 'string';
}
