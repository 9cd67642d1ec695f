import { describe, expect, it } from '@jest/globals';
import { openFileLimit, openFileShortfall } from './open-file-limit.js';

const limits = (openFiles: string) => () =>
  Promise.resolve(
    [
      'Limit                     Soft Limit           Hard Limit           Units     ',
      'Max processes             63704                63704                processes ',
      `Max open files            ${openFiles}                files     `,
      'Max locked memory         8388608              8388608              bytes     ',
    ].join('\n'),
  );

describe('openFileLimit', () => {
  it('reads the soft limit on open files', async () => {
    expect(await openFileLimit(limits('20000                1048576'))).toBe(20_000);
  });

  it('knows no limit where none is set or none can be read', async () => {
    expect(await openFileLimit(limits('unlimited            unlimited'))).toBeUndefined();
    expect(await openFileLimit(() => Promise.reject(new Error('ENOENT')))).toBeUndefined();
  });
});

describe('openFileShortfall', () => {
  it('warns when a client and an upstream connection per desktop do not fit, saying how many desktops do', () => {
    expect(openFileShortfall(20_000, 10_000)).toBe(
      'the open-file limit (20000) is below the 20128 descriptors that GATEWAY_UPSTREAM_CONNECTIONS=10000 may need ' +
        '(a client and an upstream connection per connected desktop): about 9936 desktops fit. ' +
        'Raise the limit (ulimit -n, systemd LimitNOFILE) or lower GATEWAY_UPSTREAM_CONNECTIONS.',
    );
  });

  it('says nothing when they fit, or when the limit is unknown', () => {
    expect(openFileShortfall(1_048_576, 10_000)).toBeUndefined();
    expect(openFileShortfall(20_000, 9_000)).toBeUndefined();
    expect(openFileShortfall(undefined, 10_000)).toBeUndefined();
  });
});
