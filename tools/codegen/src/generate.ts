import path from 'node:path';
import { generateAsyncApiRegistry, generateAsyncApiTypes, type AsyncApiDocument } from './asyncapi.js';
import { GENERATED_DIR, readManifest, readYaml } from './manifest.js';
import { generateOpenApiDocument, generateOpenApiTypes } from './openapi.js';

/** Every generated file, by its path relative to the workspace root. */
export async function generateAll(root: string): Promise<Map<string, string>> {
  const manifest = await readManifest(root);
  const files = new Map<string, string>();
  const out = (file: string): string => path.posix.join(GENERATED_DIR, file);
  for (const entry of manifest.openapi) {
    const document = await readYaml(root, entry.source);
    files.set(out(entry.types), await generateOpenApiTypes(entry, document));
    files.set(out(entry.document), generateOpenApiDocument(entry, document));
  }
  for (const entry of manifest.asyncapi) {
    const document = (await readYaml(root, entry.source)) as unknown as AsyncApiDocument;
    files.set(out(entry.types), await generateAsyncApiTypes(entry, document));
    files.set(out(entry.registry), generateAsyncApiRegistry(entry, document));
  }
  return files;
}
