import { describe, expect, it } from '@jest/globals';
import { rssBytesOfStatus } from './process-memory.js';

describe('rssBytesOfStatus', () => {
  it('reads VmRSS in kB as bytes', () => {
    const status = ['Name:\tnode', 'VmPeak:\t 1200000 kB', 'VmRSS:\t   93244 kB', 'RssAnon:\t   60000 kB', ''].join(
      '\n',
    );
    expect(rssBytesOfStatus(status)).toBe(93_244 * 1024);
  });

  it('refuses a status without VmRSS (a zombie has none)', () => {
    expect(() => rssBytesOfStatus('Name:\tnode\nState:\tZ (zombie)\n')).toThrow('no VmRSS');
  });
});
