import { describe, expect, it } from '@jest/globals';
import { instanceLogEvent } from './instance-log.js';

describe("an interactions instance's log lines", () => {
  it('tells when the instance is ready', () => {
    expect(
      instanceLogEvent(
        '{"level":30,"time":1,"service":"interactions","tenants":["acme","demo"],"msg":"interactions service ready"}',
      ),
    ).toEqual({ kind: 'ready' });
  });

  it('tells which tenant it took over and how long restoring it took', () => {
    expect(
      instanceLogEvent('{"level":40,"tenant":"acme","owner":"bench-failover-b","ms":312,"msg":"tenant taken over"}'),
    ).toEqual({
      kind: 'takeover',
      tenant: 'acme',
      ms: 312,
    });
  });

  it('passes over other lines, malformed takeovers and text that is not JSON', () => {
    expect(instanceLogEvent('{"level":40,"tenant":"acme","msg":"tenant no longer served here"}')).toBeUndefined();
    expect(instanceLogEvent('{"level":40,"tenant":"acme","msg":"tenant taken over"}')).toBeUndefined();
    expect(instanceLogEvent('interactions: failed to start: invalid configuration')).toBeUndefined();
    expect(instanceLogEvent('null')).toBeUndefined();
  });
});
