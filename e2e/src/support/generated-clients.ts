// Clients of the platform generated from contracts/ by generators other than ours (issue 14, point 8), made at test
// time into e2e/generated-clients/out (git-ignored: the product never uses them, and the point is to generate them
// from the contracts as they are now): the TypeScript SDK of @hey-api/openapi-ts for the four OpenAPI contracts, which
// the walkthrough program there is compiled against, and quicktype's Python models of three payload schemas
// (python-models.json there names them), which round_trip.py loads and dumps payloads through.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '@switchboard/testing';

const HERE = path.join(REPO_ROOT, 'e2e', 'generated-clients');
const OUT = path.join(HERE, 'out');
const SDK_DIR = path.join(OUT, 'sdk');
const PYTHON_MODELS = path.join(OUT, 'python', 'models.py');
const PROGRAM = path.join(OUT, 'program', 'walkthrough.js');
const bin = (file: string): string => path.join(REPO_ROOT, 'node_modules', file);

export class CommandFailed extends Error {
  override name = 'CommandFailed';
}

/** Runs a command from the repository root; resolves with its stdout, fails with everything it printed. */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(
          new CommandFailed(
            `${[command, ...args].join(' ')} failed (${error.message.split('\n')[0] ?? ''}):\n${stdout}${stderr}`,
          ),
        );
      else resolve(stdout);
    });
  });
}

const node = (script: string, args: string[]): Promise<string> => run(process.execPath, [bin(script), ...args]);

/** The OpenAPI contracts of contracts/manifest.yaml, by name. */
async function openApiContracts(): Promise<{ name: string; source: string }[]> {
  const manifest = parse(await readFile(path.join(REPO_ROOT, 'contracts', 'manifest.yaml'), 'utf8')) as {
    openapi: { name: string; source: string }[];
  };
  return manifest.openapi.map(({ name, source }) => ({ name, source: path.join('contracts', source) }));
}

/** out/sdk/<name>: one SDK per OpenAPI contract, with the fetch client, in one run of the generator. */
export async function generateTypeScriptSdk(): Promise<void> {
  await rm(SDK_DIR, { recursive: true, force: true });
  const contracts = await openApiContracts();
  await node('@hey-api/openapi-ts/bin/run.js', [
    '--input',
    ...contracts.map(({ source }) => source),
    '--output',
    ...contracts.map(({ name }) => path.join(SDK_DIR, name)),
    '--client',
    '@hey-api/client-fetch',
    '--no-log-file',
    '--silent',
  ]);
}

/** Compiles the walkthrough program with the SDK under the repo's strict settings, and lints it as the repo's code. */
export async function compileWalkthrough(): Promise<void> {
  await rm(path.join(OUT, 'program'), { recursive: true, force: true });
  await Promise.all([
    node('typescript/bin/tsc', ['-p', path.join(HERE, 'tsconfig.json')]),
    // The root `npm run lint` leaves this directory out: the program's types exist only once the SDK is generated.
    node('eslint/bin/eslint.js', ['--no-ignore', '--max-warnings', '0', path.join(HERE, 'walkthrough.ts')]),
  ]);
}

/** What the walkthrough program recorded; e2e/generated-clients/walkthrough.ts writes it. */
export interface WalkthroughRecording {
  invocations: unknown[];
  results: { outcome: string; interactionid?: string }[];
  invited: Record<string, unknown>;
  revoked: Record<string, unknown>;
  notifications: unknown[];
  icwsMessages: unknown[];
}

/** Runs the compiled program against the platform at `baseUrl`; resolves with what it recorded. */
export async function walkThrough(baseUrl: string): Promise<WalkthroughRecording> {
  const recordFile = path.join(OUT, 'recording.json');
  await rm(recordFile, { force: true });
  await run(process.execPath, [PROGRAM, baseUrl, recordFile]);
  return JSON.parse(await readFile(recordFile, 'utf8')) as WalkthroughRecording;
}

/** out/python/models.py: quicktype's Python classes of the schemas python-models.json names. */
export async function generatePythonModels(): Promise<void> {
  await rm(path.dirname(PYTHON_MODELS), { recursive: true, force: true });
  await mkdir(path.dirname(PYTHON_MODELS), { recursive: true });
  await node('quicktype/dist/index.js', [
    '--src-lang',
    'schema',
    '--src-urls',
    path.join(HERE, 'python-models.json'),
    '--lang',
    'python',
    '--python-version',
    '3.7',
    '--out',
    PYTHON_MODELS,
  ]);
}

export interface RoundTrip {
  model: string;
  /** The payload and its dump through the model, both in round_trip.py's canonical form. */
  original: string;
  roundTripped: string;
}

/** Loads each payload into its Python model and dumps it again (python3 round_trip.py). */
export async function roundTripInPython(cases: { model: string; payload: unknown }[]): Promise<RoundTrip[]> {
  const payloads = path.join(OUT, 'python', 'payloads.json');
  await writeFile(payloads, JSON.stringify(cases));
  return JSON.parse(await run('python3', [path.join(HERE, 'round_trip.py'), PYTHON_MODELS, payloads])) as RoundTrip[];
}
