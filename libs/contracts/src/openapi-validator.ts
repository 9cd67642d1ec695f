import addFormats from 'ajv-formats';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { dropNullOptionals } from './null-as-absent.js';

type JsonObject = Record<string, unknown>;

const SCHEMAS = '#/components/schemas/';

/** A discriminator as Ajv takes it: Ajv finds each branch by its `const` and refuses `mapping`, which generators need. */
function withoutMapping(discriminator: unknown): unknown {
  if (!discriminator || typeof discriminator !== 'object') return discriminator;
  const { mapping: _mapping, ...rest } = discriminator as JsonObject;
  return rest;
}

/**
 * Rewrites `#/components/schemas/X` to `<id>#/$defs/X`, so OpenAPI schemas compile as JSON Schema 2020-12, and drops
 * discriminator mappings (see withoutMapping).
 */
function rewriteRefs(value: unknown, id: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, id));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith(SCHEMAS))
          return [key, `${id}#/$defs/${inner.slice(SCHEMAS.length)}`];
        if (key === 'discriminator') return [key, withoutMapping(inner)];
        return [key, rewriteRefs(inner, id)];
      }),
    );
  }
  return value;
}

function objectAt(value: unknown, ...keys: string[]): JsonObject | undefined {
  let current: unknown = value;
  for (const key of keys) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as JsonObject)[key];
  }
  return current && typeof current === 'object' ? (current as JsonObject) : undefined;
}

export function createAjv(): Ajv2020 {
  // strictRequired off: `then: { required: [x] }` names properties declared beside the if, which it cannot see.
  const ajv = new Ajv2020({
    allErrors: true,
    discriminator: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  });
  // OpenAPI annotations that are not JSON Schema keywords.
  ajv.addVocabulary(['example', 'xml', 'externalDocs']);
  addFormats.default(ajv);
  return ajv;
}

/**
 * Validates a request body after reading every `null` on an optional property as absent (the property is removed
 * from the body, which the caller then uses as it is): the contracts say so, for clients generated in languages
 * whose models send `null` for unset fields. `errors` are those of the last call, as on an Ajv validator.
 */
export interface RequestBodyValidator<T = unknown> {
  (body: unknown): body is T;
  readonly errors?: ValidateFunction['errors'];
}

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/**
 * The type of the request body of `method path` as `contentType`, read from the `paths` openapi-typescript generates
 * from the same contract; `never` when the contract has no such body (so a wrong path does not compile into use).
 */
export type RequestBodyOf<
  Paths,
  P extends keyof Paths,
  M extends HttpMethod,
  C extends string,
> = M extends keyof Paths[P]
  ? NonNullable<Paths[P][M]> extends { requestBody?: infer Body }
    ? NonNullable<Body> extends { content: infer Content }
      ? C extends keyof Content
        ? Content[C]
        : never
      : never
    : never
  : never;

/**
 * Validators for the request bodies and responses of one OpenAPI contract, compiled once at start from the
 * same document the types were generated from. Lookups are by the path as written in the contract.
 */
export class OpenApiValidator<Paths = Record<string, unknown>> {
  private readonly ajv = createAjv();
  private readonly id: string;
  private readonly requests = new Map<string, RequestBodyValidator>();
  private readonly responses = new Map<string, ValidateFunction>();
  /** Every operation, path and status the contract describes, bodiless ones included. */
  private readonly statuses = new Set<string>();

  constructor(
    private readonly document: Readonly<JsonObject>,
    name: string,
  ) {
    this.id = `urn:switchboard:openapi:${name}`;
    const schemas = objectAt(document, 'components', 'schemas') ?? {};
    this.ajv.addSchema({ $id: this.id, $defs: rewriteRefs(schemas, this.id) });
    this.compileAll();
  }

  private compileAll(): void {
    for (const [path, item] of Object.entries(objectAt(this.document, 'paths') ?? {})) {
      for (const [method, operation] of Object.entries(item as JsonObject)) {
        const body = objectAt(operation, 'requestBody', 'content') ?? {};
        for (const [contentType, media] of Object.entries(body)) {
          const schema = objectAt(media, 'schema');
          if (schema) this.requests.set(`${method} ${path} ${contentType}`, this.compileRequestBody(schema));
        }
        for (const [status, response] of Object.entries(objectAt(operation, 'responses') ?? {})) {
          const resolved = this.resolveResponse(response as JsonObject);
          this.statuses.add(`${method} ${path} ${status}`);
          const schema = jsonSchemaOf(objectAt(resolved, 'content'));
          if (schema) this.responses.set(`${method} ${path} ${status}`, this.compile(schema));
        }
      }
    }
  }

  private resolveResponse(response: JsonObject): JsonObject {
    const ref = response.$ref;
    if (typeof ref !== 'string') return response;
    const name = ref.slice(ref.lastIndexOf('/') + 1);
    return objectAt(this.document, 'components', 'responses', name) ?? {};
  }

  private compile(schema: JsonObject): ValidateFunction {
    return this.ajv.compile(rewriteRefs(schema, this.id) as JsonObject);
  }

  private compileRequestBody(schema: JsonObject): RequestBodyValidator {
    const validate = this.compile(schema);
    const schemas = objectAt(this.document, 'components', 'schemas') ?? {};
    const resolve = (ref: string): JsonObject | undefined =>
      ref.startsWith(SCHEMAS) ? objectAt(schemas, ref.slice(SCHEMAS.length)) : undefined;
    const check = (body: unknown): body is unknown => {
      dropNullOptionals(body, schema, resolve);
      return validate(body);
    };
    return Object.defineProperty(check, 'errors', { get: () => validate.errors });
  }

  /**
   * The validator of an operation's request body, whose passing body has the contract's generated type; throws when
   * the contract has no such body.
   */
  requestBody<P extends keyof Paths & string, M extends HttpMethod, C extends string = 'application/json'>(
    method: M,
    path: P,
    contentType?: C,
  ): RequestBodyValidator<RequestBodyOf<Paths, P, M, C>> {
    const media = contentType ?? 'application/json';
    const validate = this.requests.get(`${method} ${path} ${media}`);
    if (!validate) throw new Error(`the contract has no ${media} body for ${method} ${path}`);
    // compiled from the very document `Paths` was generated from: what passes it has that type
    return validate as RequestBodyValidator<RequestBodyOf<Paths, P, M, C>>;
  }

  /** The validator of an operation's JSON response for a status, or undefined when the contract has none. */
  response(method: string, path: string, status: number): ValidateFunction | undefined {
    return this.responses.get(`${method.toLowerCase()} ${path} ${status}`);
  }

  /** Whether the contract describes the status for the operation at all (with a body or, like a 204, without). */
  describes(method: string, path: string, status: number): boolean {
    return this.statuses.has(`${method.toLowerCase()} ${path} ${status}`);
  }

  /** The paths the contract declares (as written, e.g. `/interactions/Invoke`). */
  paths(): string[] {
    return Object.keys(objectAt(this.document, 'paths') ?? {});
  }
}

/** JSON media types: application/json and vendor types such as ICWS's application/vnd.inin.icws+json. */
export const isJsonMediaType = (contentType: string): boolean =>
  /^application\/([\w.-]+\+)?json\b/i.test(contentType.trim());

/** The schema of a response's JSON content, whichever JSON media type the contract names. */
function jsonSchemaOf(content: JsonObject | undefined): JsonObject | undefined {
  const media = Object.entries(content ?? {}).find(([type]) => isJsonMediaType(type));
  return media ? objectAt(media[1], 'schema') : undefined;
}

/** `/requests/0/linkeddata/1/value` → `requests[0].linkeddata[1].value`. */
function readablePath(instancePath: string): string {
  const parts = instancePath.split('/').slice(1);
  let out = '';
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out || 'the body';
}

function describe(error: ErrorObject): string | undefined {
  const at = readablePath(error.instancePath);
  const prefix = at === 'the body' ? '' : `${at}.`;
  const params = error.params as Record<string, unknown>;
  // an error of a property's name (propertyNames) names the object, not the property: say it is about a name
  if (error.propertyName !== undefined) return `${at} has a property name that ${error.message ?? 'is invalid'}`;
  switch (error.keyword) {
    case 'if': // the then/else error beside it says what is wrong
    case 'oneOf': // the discriminator picks the branch; its errors say what is wrong
    case 'propertyNames': // the error of the name itself, beside it, says what is wrong
      return undefined;
    case 'required':
      return `${prefix}${String(params.missingProperty)} is required`;
    case 'additionalProperties':
      return `${at} has an unknown property '${String(params.additionalProperty)}'`;
    case 'enum':
      return `${at} must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${at} must be ${JSON.stringify(params.allowedValue)}`;
    case 'discriminator':
      return `${prefix}${String(params.tag)} ${JSON.stringify(params.tagValue)} is not a known type`;
    default:
      return `${at} ${error.message ?? 'is invalid'}`;
  }
}

/** A message a person can act on, e.g. `requests[0].linkeddata[0].value must NOT have more than 50 characters`. */
export function describeValidationErrors(errors: readonly ErrorObject[] | null | undefined): string {
  const messages = [...new Set((errors ?? []).map(describe).filter((m): m is string => m !== undefined))];
  return messages.length > 0 ? messages.join('; ') : 'the body does not match the contract';
}

export type { ErrorObject, ValidateFunction };
