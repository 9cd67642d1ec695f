import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/** `contracts/manifest.yaml`: every contract and the files generated from it. */
export interface Manifest {
  openapi: { name: string; source: string; types: string; document: string }[];
  asyncapi: { name: string; source: string; types: string; registry: string }[];
}

export const GENERATED_DIR = 'libs/contracts/src/generated';

export async function readManifest(root: string): Promise<Manifest> {
  const text = await readFile(path.join(root, 'contracts', 'manifest.yaml'), 'utf8');
  return parse(text) as Manifest;
}

export async function readYaml(root: string, contractPath: string): Promise<Record<string, unknown>> {
  return parse(await readFile(path.join(root, 'contracts', contractPath), 'utf8')) as Record<string, unknown>;
}

/** `gws-notifications` → `gwsNotifications`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function pascalCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

export function banner(source: string): string {
  return [
    '/* eslint-disable */',
    '// ---------------------------------------------------------------------------------------------',
    `// GENERATED FILE — DO NOT EDIT. Generated from contracts/${source} by tools/codegen.`,
    '// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.',
    '// ---------------------------------------------------------------------------------------------',
    '',
    '',
  ].join('\n');
}
