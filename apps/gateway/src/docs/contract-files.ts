import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

/** The repository's contracts/, found from this file (src/docs/ or dist/docs/): they ship with the code. */
export const CONTRACTS_DIR = fileURLToPath(new URL('../../../../contracts/', import.meta.url));

const entry = z.object({ name: z.string().regex(/^[a-z0-9-]+$/), source: z.string() });
/** contracts/manifest.yaml, the list every contract is in: a family added there is served without a change here. */
const manifestSchema = z.object({ openapi: z.array(entry), asyncapi: z.array(entry) });
const documentSchema = z.object({ info: z.object({ title: z.string() }) });

/** A contract as served: the file's bytes, and the same document as JSON (the file parsed, not a second copy). */
export interface ContractFile {
  /** Its name in the manifest: the served path's last segment, before .yaml / .json. */
  readonly name: string;
  readonly title: string;
  readonly yaml: Buffer;
  readonly json: string;
}

export interface ContractFiles {
  readonly openapi: readonly ContractFile[];
  readonly asyncapi: readonly ContractFile[];
}

/** Reads every contract the manifest lists, once at start; a missing or unreadable one stops the start. */
export async function readContractFiles(dir: string = CONTRACTS_DIR): Promise<ContractFiles> {
  const manifest = manifestSchema.parse(parse(await readFile(path.join(dir, 'manifest.yaml'), 'utf8')));
  const read = (entries: z.infer<typeof entry>[]): Promise<ContractFile[]> =>
    Promise.all(
      entries.map(async ({ name, source }) => {
        const yaml = await readFile(path.join(dir, source));
        const document: unknown = parse(yaml.toString('utf8'));
        return { name, title: documentSchema.parse(document).info.title, yaml, json: JSON.stringify(document) };
      }),
    );
  return { openapi: await read(manifest.openapi), asyncapi: await read(manifest.asyncapi) };
}
