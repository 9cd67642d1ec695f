import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Lints one import, as if written in a file of the given project, with the repository's own eslint.config.mjs: the
 * rule that is checked is the one `npm run lint` runs, so removing or loosening it there fails this test. Only the
 * type-aware rules are turned off (the probe file exists in no tsconfig); the boundary rule needs no types.
 */
async function boundaryErrors(fromFile: string, importedLib: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
  });
  const [result] = await eslint.lintText(`import * as probe from '${importedLib}';\nexport { probe };\n`, {
    filePath: path.join(root, fromFile),
  });
  return (result?.messages ?? []).map((message) => `${String(message.ruleId)}: ${message.message}`);
}

describe('module boundaries (eslint.config.mjs)', () => {
  it('let tests use the test harness, which production code may not', async () => {
    expect(await boundaryErrors('libs/bus/src/probe.integration-spec.ts', '@switchboard/testing')).toEqual([]);
  });

  it('keeps libs/contracts and libs/routing free of dependencies on our code', async () => {
    expect(await boundaryErrors('libs/routing/src/probe.ts', '@switchboard/contracts')).toEqual([
      expect.stringContaining('@nx/enforce-module-boundaries'),
    ]);
    expect(await boundaryErrors('libs/contracts/src/probe.ts', '@switchboard/logging')).toEqual([
      expect.stringContaining('@nx/enforce-module-boundaries'),
    ]);
  });

  it('stops an app from using another scope’s domain library', async () => {
    expect(await boundaryErrors('apps/gateway/src/probe.ts', '@switchboard/routing')).toEqual([
      expect.stringContaining('@nx/enforce-module-boundaries'),
    ]);
  });

  it('stops production code from using the test harness', async () => {
    expect(await boundaryErrors('libs/bus/src/probe.ts', '@switchboard/testing')).toEqual([
      expect.stringContaining('@nx/enforce-module-boundaries'),
    ]);
  });

  it('lets an app use the shared libraries it needs', async () => {
    expect(await boundaryErrors('apps/interactions/src/probe.ts', '@switchboard/routing')).toEqual([]);
    expect(await boundaryErrors('apps/gateway/src/probe.ts', '@switchboard/bus')).toEqual([]);
  });
});
