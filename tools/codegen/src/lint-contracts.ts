// `node tools/codegen/dist/lint-contracts.js`: lints every OpenAPI contract with Redocly and validates every
// AsyncAPI contract with the AsyncAPI parser. Exits non-zero on any error.
import { Parser } from '@asyncapi/parser';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readManifest } from './manifest.js';

/** Spectral's DiagnosticSeverity.Error (the parser's own copy of the enum is not the one exported). */
const ERROR = 0;
const isError = (severity: number): boolean => severity === ERROR;

function lintOpenApi(root: string, sources: string[]): boolean {
  const redocly = path.join(root, 'node_modules', '.bin', 'redocly');
  const files = sources.map((source) => path.join('contracts', source));
  const result = spawnSync(redocly, ['lint', '--config', 'contracts/redocly.yaml', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  return result.status === 0;
}

async function lintAsyncApi(root: string, source: string): Promise<boolean> {
  const text = await readFile(path.join(root, 'contracts', source), 'utf8');
  const { diagnostics } = await new Parser().parse(text);
  const errors = diagnostics.filter((d) => isError(d.severity));
  for (const d of diagnostics) {
    const where = d.path.join('.');
    console[isError(d.severity) ? 'error' : 'warn'](`contracts/${source}: ${where}: ${d.message}`);
  }
  if (errors.length === 0) console.log(`contracts/${source}: valid AsyncAPI`);
  return errors.length === 0;
}

const root = process.cwd();
const manifest = await readManifest(root);
let ok = lintOpenApi(
  root,
  manifest.openapi.map((entry) => entry.source),
);
for (const entry of manifest.asyncapi) ok = (await lintAsyncApi(root, entry.source)) && ok;
process.exitCode = ok ? 0 : 1;
