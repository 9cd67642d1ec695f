type JsonObject = Record<string, unknown>;

/** Resolves a `$ref` of the contract to the schema it names (undefined when it names none). */
export type SchemaResolver = (ref: string) => JsonObject | undefined;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

/** A chain of `$ref`s is followed at most this far: the contracts have none longer than 2, and a cycle must stop. */
const MAX_REF_HOPS = 16;

function resolved(schema: unknown, resolve: SchemaResolver): JsonObject | undefined {
  let current = schema;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops += 1) {
    if (hops === MAX_REF_HOPS) return undefined;
    current = resolve(current.$ref);
  }
  return isObject(current) ? current : undefined;
}

/** Whether the schema itself takes `null` (then a null is a value, not an absence). */
function admitsNull(schema: JsonObject): boolean {
  const { type } = schema;
  return (
    type === 'null' ||
    (Array.isArray(type) && type.includes('null')) ||
    schema.const === null ||
    (Array.isArray(schema.enum) && schema.enum.includes(null))
  );
}

/** The branch of a discriminated `oneOf` a value selects: by the discriminator's mapping, else by its `const`. */
function selectedBranch(schema: JsonObject, value: JsonObject, resolve: SchemaResolver): JsonObject | undefined {
  const discriminator = schema.discriminator;
  const name = isObject(discriminator) ? discriminator.propertyName : undefined;
  if (!isObject(discriminator) || typeof name !== 'string') return undefined;
  const tag = value[name];
  if (typeof tag !== 'string') return undefined;
  const mapped = isObject(discriminator.mapping) ? discriminator.mapping[tag] : undefined;
  if (typeof mapped === 'string') return resolve(mapped);
  return listOf(schema.oneOf)
    .map((branch) => resolved(branch, resolve))
    .find((branch) => isObject(branch?.properties) && resolved(branch.properties[name], resolve)?.const === tag);
}

/** The subschemas that also describe the same value: allOf, the selected (or every) oneOf/anyOf branch, then/else. */
function alongside(schema: JsonObject, value: JsonObject, resolve: SchemaResolver): unknown[] {
  const subschemas: unknown[] = [...listOf(schema.allOf), ...listOf(schema.anyOf)];
  if (schema.discriminator === undefined) subschemas.push(...listOf(schema.oneOf));
  else {
    const branch = selectedBranch(schema, value, resolve);
    if (branch) subschemas.push(branch);
  }
  if (schema.then !== undefined) subschemas.push(schema.then);
  if (schema.else !== undefined) subschemas.push(schema.else);
  return subschemas;
}

/**
 * Removes, in place, every property of a request body whose value is `null` where its schema declares it optional
 * (not `required` beside it) and does not itself take `null`: generated Java, Kotlin and Rust models send `null`
 * for the optional fields a program leaves unset, and every API reads such a field as absent. Values of free-form
 * maps (`additionalProperties`: GWS userData, ICWS attributes, VCC headers) are data and are left as they are.
 *
 * The walk follows the schema, so it goes no deeper than the contract describes; it uses its own stack rather
 * than recursion, and each (value, schema) pair is visited once, so any body the parser accepted is safe.
 */
export function dropNullOptionals(body: unknown, schema: unknown, resolve: SchemaResolver): void {
  const stack: [unknown, unknown][] = [[body, schema]];
  const seen = new Map<object, Set<JsonObject>>();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [value, rawSchema] = next;
    const current = resolved(rawSchema, resolve);
    if (!current || typeof value !== 'object' || value === null) continue;
    const visited = seen.get(value) ?? new Set<JsonObject>();
    if (visited.has(current)) continue;
    seen.set(value, visited.add(current));
    if (Array.isArray(value)) {
      if (current.items !== undefined) for (const item of value) stack.push([item, current.items]);
      continue;
    }
    const object = value as JsonObject;
    for (const subschema of alongside(current, object, resolve)) stack.push([object, subschema]);
    const properties = isObject(current.properties) ? current.properties : {};
    const required = new Set(listOf(current.required));
    for (const key of Object.keys(object)) {
      const declared = Object.hasOwn(properties, key) ? resolved(properties[key], resolve) : undefined;
      if (declared && object[key] === null && !required.has(key) && !admitsNull(declared))
        Reflect.deleteProperty(object, key);
      else if (declared) stack.push([object[key], declared]);
      else if (isObject(current.additionalProperties)) stack.push([object[key], current.additionalProperties]);
    }
  }
}
