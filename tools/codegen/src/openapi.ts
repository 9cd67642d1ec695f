import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { banner, camelCase, type Manifest } from './manifest.js';

type OpenApiEntry = Manifest['openapi'][number];

/**
 * Without a `mapping`, openapi-typescript types a discriminator property as the schema's *name*
 * (`type: "LinkedDataClid"`), and ajv, which validates at run time, does not support `mapping`. The branches
 * carry their own `const` for the property, so the union is discriminated without it: drop it for the types.
 */
function withoutDiscriminators(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDiscriminators);
  if (value && typeof value === 'object') {
    const isComposition = 'oneOf' in value || 'anyOf' in value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !(isComposition && key === 'discriminator'))
        .map(([key, inner]) => [key, withoutDiscriminators(inner)]),
    );
  }
  return value;
}

/** Types for every path and schema of the contract, by openapi-typescript. */
export async function generateOpenApiTypes(entry: OpenApiEntry, document: Record<string, unknown>): Promise<string> {
  // A fresh copy: openapi-typescript mutates its input.
  const ast = await openapiTS(withoutDiscriminators(document) as OpenAPI3, {
    defaultNonNullable: false,
    emptyObjectsUnknown: true,
  });
  return banner(entry.source) + astToString(ast);
}

/** The contract itself as a constant, so runtime validators compile from exactly what the types came from. */
export function generateOpenApiDocument(entry: OpenApiEntry, document: Record<string, unknown>): string {
  const name = `${camelCase(entry.name)}Document`;
  return (
    banner(entry.source) +
    `export const ${name}: Readonly<Record<string, unknown>> = ${JSON.stringify(document, null, 2)};\n`
  );
}
