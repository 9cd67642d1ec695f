import { describe, expect, it } from '@jest/globals';
import { chooseNotifier } from './notifier-routes.js';

const OWN = 'http://127.0.0.1:8081';
const registered = new Map([
  ['notifier-1', { url: 'http://127.0.0.1:9001', revision: 4 }],
  ['host:42', { url: 'http://10.0.0.2:8081', revision: 7 }],
]);

describe('chooseNotifier', () => {
  it('sends a request to the live notifier its cookie names, among other cookies', () => {
    expect(chooseNotifier('BAYEUX_BROWSER=abc; sb-notifier=notifier-1; other=x', registered, OWN)).toBe(
      'http://127.0.0.1:9001',
    );
    expect(chooseNotifier(`sb-notifier=${encodeURIComponent('host:42')}`, registered, OWN)).toBe(
      'http://10.0.0.2:8081',
    );
  });

  it('sends it to the own notifier when no cookie names one, or the one named is not registered (dead, or lease lapsed)', () => {
    expect(chooseNotifier(undefined, registered, OWN)).toBe(OWN);
    expect(chooseNotifier('BAYEUX_BROWSER=abc', registered, OWN)).toBe(OWN);
    expect(chooseNotifier('sb-notifier=notifier-9', registered, OWN)).toBe(OWN);
    expect(chooseNotifier('sb-notifier=notifier-1', new Map(), OWN)).toBe(OWN);
  });

  it('passes over a notifier that could not be reached: the holder, then the own one, for any other registered one', () => {
    const down =
      (...urls: string[]) =>
      (url: string): boolean =>
        !urls.includes(url);
    const cookie = 'sb-notifier=notifier-1';
    expect(chooseNotifier(cookie, registered, OWN, down('http://127.0.0.1:9001'))).toBe(OWN);
    expect(chooseNotifier(cookie, registered, OWN, down('http://127.0.0.1:9001', OWN))).toBe('http://10.0.0.2:8081');
    expect(chooseNotifier(undefined, registered, OWN, down(OWN))).toBe('http://127.0.0.1:9001');
    // none reachable: the own one (its answer, whatever it is, is the client's)
    expect(chooseNotifier(cookie, registered, OWN, down(OWN, 'http://127.0.0.1:9001', 'http://10.0.0.2:8081'))).toBe(
      OWN,
    );
  });

  it('ignores a cookie that is not a well-formed name', () => {
    expect(chooseNotifier('sb-notifier=%E0%A4%A', registered, OWN)).toBe(OWN);
    expect(chooseNotifier('sb-notifier=', registered, OWN)).toBe(OWN);
  });
});
