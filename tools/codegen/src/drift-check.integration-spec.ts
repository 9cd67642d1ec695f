import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const codegen = path.join(repoRoot, 'tools/codegen/dist/main.js');

/** Runs the built drift check against a copy of the contracts and the generated code. */
function check(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [codegen, '--check', '--root', root], { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the codegen drift check', () => {
  let copy: string;

  beforeAll(async () => {
    copy = await mkdtemp(path.join(os.tmpdir(), 'switchboard-codegen-'));
    await cp(path.join(repoRoot, 'contracts'), path.join(copy, 'contracts'), { recursive: true });
    await cp(path.join(repoRoot, 'libs/contracts/src/generated'), path.join(copy, 'libs/contracts/src/generated'), {
      recursive: true,
    });
  });

  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  it('passes when the generated code matches the contracts', () => {
    const result = check(copy);
    expect(result.output).toMatch(/generated files match their contracts/);
    expect(result.status).toBe(0);
  });

  it('fails on a hand edit of a generated file, naming it and the command that fixes it', async () => {
    await appendFile(
      path.join(copy, 'libs/contracts/src/generated/bus.types.generated.ts'),
      '\nexport type Sneaky = 1;\n',
    );
    const result = check(copy);
    expect(result.status).toBe(1);
    expect(result.output).toContain('bus.types.generated.ts');
    expect(result.output).toContain('npm run codegen');
  });
});
