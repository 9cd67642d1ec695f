import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { banner, camelCase, type Manifest } from './manifest.js';

type OpenApiEntry = Manifest['openapi'][number];

/** Types for every path and schema of the contract, by openapi-typescript. */
export async function generateOpenApiTypes(entry: OpenApiEntry, document: Record<string, unknown>): Promise<string> {
  // openapi-typescript mutates its input: give it a copy.
  const ast = await openapiTS(structuredClone(document) as unknown as OpenAPI3, {
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
