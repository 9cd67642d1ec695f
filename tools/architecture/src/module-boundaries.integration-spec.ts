import { describe, expect, it } from '@jest/globals';
import nx from '@nx/eslint-plugin';
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { depConstraints } from '../dep-constraints.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Lints one import, as if written in a file of the given project, with the repository's boundary rules. */
async function boundaryErrors(fromFile: string, importedLib: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        // @nx/eslint-plugin's own type still describes its legacy configs; ESLint takes it as a plugin.
        plugins: { '@nx': nx as unknown as ESLint.Plugin },
        rules: { '@nx/enforce-module-boundaries': ['error', { depConstraints, allow: [] }] },
      },
    ],
  });
  const [result] = await eslint.lintText(`import * as probe from '${importedLib}';\nexport { probe };\n`, {
    filePath: path.join(root, fromFile),
  });
  return (result?.messages ?? []).map((message) => `${String(message.ruleId)}: ${message.message}`);
}

describe('module boundaries (eslint.config.mjs)', () => {
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
