// `node tools/codegen/dist/lint-contracts.js`: lints every OpenAPI contract with Redocly (a warning fails too) and
// validates every AsyncAPI contract with the AsyncAPI parser. Exits non-zero on any problem Redocly reports or any
// AsyncAPI error.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import { readManifest } from './manifest.js';

/** Spectral's DiagnosticSeverity.Error (the parser's own copy of the enum is not the one exported). */
const ERROR = 0;
const isError = (severity: number): boolean => severity === ERROR;

interface RedoclyProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { source: { ref: string }; pointer: string; start?: { line: number; col: number } }[];
}

interface RedoclyReport {
  totals: { errors: number; warnings: number };
  problems: RedoclyProblem[];
}

/** `contracts/openapi/x.yaml:12:7 warn no-server-example.com: …` — where an editor jumps to. */
function lineOf({ ruleId, severity, message, location: [where] }: RedoclyProblem): string {
  const at = where?.start ? `:${String(where.start.line)}:${String(where.start.col)}` : ` ${where?.pointer ?? ''}`;
  return `${where?.source.ref ?? '?'}${at} ${severity} ${ruleId}: ${message}`;
}

/** Redocly's JSON format writes one report per file, one after the other: split them (a string-aware bracket count). */
function reportsIn(text: string): RedoclyReport[] {
  const reports: RedoclyReport[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) reports.push(JSON.parse(text.slice(start, i + 1)) as RedoclyReport);
    }
  }
  return reports;
}

/**
 * Lints with Redocly's JSON reports so that a warning fails as an error does (the CLI exits 0 on warnings): the
 * contracts are held to 0 errors and 0 warnings of the recommended ruleset.
 */
function lintOpenApi(root: string, sources: string[]): boolean {
  const redocly = path.join(root, 'node_modules', '.bin', 'redocly');
  const files = sources.map((source) => path.join('contracts', source));
  const result = spawnSync(
    redocly,
    ['lint', '--config', 'contracts/redocly.yaml', '--format', 'json', '--max-problems', '1000', ...files],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  const reports = reportsIn(result.stdout);
  if (reports.length !== files.length) {
    console.error(
      `redocly lint reported on ${String(reports.length)} of ${String(files.length)} files (exit ${String(result.status)}):\n${result.stderr}`,
    );
    return false;
  }
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const problem of report.problems) console.error(lineOf(problem));
    errors += report.totals.errors;
    warnings += report.totals.warnings;
  }
  console.log(
    `${files.join(', ')}: ${String(errors)} error(s), ${String(warnings)} warning(s) (Redocly, contracts/redocly.yaml)`,
  );
  return errors === 0 && warnings === 0;
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
