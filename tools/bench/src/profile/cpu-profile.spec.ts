import { describe, expect, it } from '@jest/globals';
import { selfByUrl, shortUrl, summarise, type CpuProfile } from './cpu-profile.js';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

// (root) → main → parse → parse (recursion), and (root) → (idle); samples every 1 ms.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5] },
    { id: 2, callFrame: frame('main', 'file:///repo/apps/interactions/dist/main.js', 9), children: [3] },
    { id: 3, callFrame: frame('parse', 'file:///repo/node_modules/@nats-io/nats-core/lib/parse.js', 4), children: [4] },
    { id: 4, callFrame: frame('parse', 'file:///repo/node_modules/@nats-io/nats-core/lib/parse.js', 4) },
    { id: 5, callFrame: frame('(idle)') },
  ],
  samples: [2, 3, 4, 4, 5, 5],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
  startTime: 0,
  endTime: 6000,
};

describe('CPU profile summary', () => {
  it('counts each sample once as self time of its top frame and once as inclusive time of each function on its stack', () => {
    const summary = summarise(profile);
    expect(summary.sampledMs).toBe(6);
    expect(summary.busyMs).toBe(4);
    const byKey = Object.fromEntries(summary.functions.map((f) => [f.key, f]));
    const parse = byKey['parse (@nats-io/nats-core/lib/parse.js:5)'];
    // Three samples in parse, two of them in the recursive call: inclusive 3 ms, not 5.
    expect(parse).toEqual({ key: 'parse (@nats-io/nats-core/lib/parse.js:5)', selfMs: 3, totalMs: 3 });
    expect(byKey['main (apps/interactions/dist/main.js:10)']).toMatchObject({ selfMs: 1, totalMs: 4 });
    expect(byKey['(root)']).toMatchObject({ selfMs: 0, totalMs: 6 });
    expect(summary.functions[0]?.key).toBe('(root)');
  });

  it('sums self time per package or repository file', () => {
    expect(selfByUrl(profile)).toEqual([
      { url: '@nats-io/nats-core', selfMs: 3 },
      { url: '(idle)', selfMs: 2 },
      { url: 'apps/interactions/dist/main.js', selfMs: 1 },
    ]);
  });

  it('shortens urls to the package or the path in the repository', () => {
    expect(shortUrl('file:///x/node_modules/.pnpm/a/node_modules/pino/lib/proto.js')).toBe('pino/lib/proto.js');
    expect(shortUrl('file:///work/main/libs/bus/dist/event-store.js')).toBe('libs/bus/dist/event-store.js');
    expect(shortUrl('node:internal/streams/writable')).toBe('node:internal/streams/writable');
  });
});
