import { describe, expect, it } from '@jest/globals';
import { exceedsJsonDepth, jsonDepthOf, MAX_JSON_DEPTH } from './json-depth.js';

const nested = (depth: number, open = '[', close = ']'): string => `${open.repeat(depth)}${close.repeat(depth)}`;

describe('jsonDepthOf', () => {
  it('counts nested arrays and objects, scalars being depth 0', () => {
    expect(jsonDepthOf('1')).toBe(0);
    expect(jsonDepthOf('"x"')).toBe(0);
    expect(jsonDepthOf('[]')).toBe(1);
    expect(jsonDepthOf('{"a":[{"b":[1,2]},[]]}')).toBe(4);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthOf('{"a":"[[[[{{{{"}')).toBe(1);
    expect(jsonDepthOf('["\\"[[[[", "\\\\", [1]]')).toBe(2);
  });

  it('counts 2,000 nested arrays in 4 KB without recursing, and stops early when asked', () => {
    expect(jsonDepthOf(nested(2_000))).toBe(2_000);
    expect(jsonDepthOf(nested(1_000_000, '{"a":', '}'))).toBe(1_000_000);
    expect(jsonDepthOf(nested(2_000), 10)).toBe(11);
  });
});

describe('exceedsJsonDepth', () => {
  it('allows the documented limit and refuses one level more', () => {
    expect(MAX_JSON_DEPTH).toBe(64);
    expect(exceedsJsonDepth(nested(64))).toBe(false);
    expect(exceedsJsonDepth(nested(65))).toBe(true);
    expect(exceedsJsonDepth(`{"userData":${nested(5_000, '{"k":', '}')}}`)).toBe(true);
  });
});
