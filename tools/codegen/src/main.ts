// `node tools/codegen/dist/main.js [--check] [--root DIR]`
// Regenerates libs/contracts/src/generated from contracts/, or with --check compares and fails on drift.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateAll } from './generate.js';
import { GENERATED_DIR } from './manifest.js';

const FIX_COMMAND = 'npm run codegen';

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function existingGeneratedFiles(root: string): Promise<string[]> {
  const dir = path.join(root, GENERATED_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.generated.ts')).map((name) => path.posix.join(GENERATED_DIR, name));
}

async function check(root: string, files: Map<string, string>): Promise<number> {
  const drifted: string[] = [];
  for (const [file, content] of files) {
    if ((await readIfExists(path.join(root, file))) !== content) drifted.push(`${file} (differs from its contract)`);
  }
  for (const file of await existingGeneratedFiles(root)) {
    if (!files.has(file)) drifted.push(`${file} (no contract generates it)`);
  }
  if (drifted.length === 0) {
    console.log(`codegen: ${files.size} generated files match their contracts`);
    return 0;
  }
  console.error('codegen: generated code has drifted from the contracts:');
  for (const line of drifted) console.error(`  - ${line}`);
  console.error(
    `Generated files are never edited by hand. Fix: edit contracts/ if needed, then run \`${FIX_COMMAND}\`.`,
  );
  return 1;
}

async function write(root: string, files: Map<string, string>): Promise<void> {
  await mkdir(path.join(root, GENERATED_DIR), { recursive: true });
  for (const file of await existingGeneratedFiles(root)) {
    if (!files.has(file)) await rm(path.join(root, file));
  }
  for (const [file, content] of files) await writeFile(path.join(root, file), content);
  console.log(`codegen: wrote ${files.size} files to ${GENERATED_DIR}`);
}

const { values } = parseArgs({ options: { check: { type: 'boolean' }, root: { type: 'string' } } });
const root = path.resolve(values.root ?? process.cwd());
const files = await generateAll(root);
if (values.check) process.exitCode = await check(root, files);
else await write(root, files);
