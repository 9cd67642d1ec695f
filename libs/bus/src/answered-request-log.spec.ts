import { describe, expect, it } from '@jest/globals';
import { answeredRequestLine } from './answered-request-log.js';

describe('answeredRequestLine', () => {
  it('logs a command at info, with how it went', () => {
    expect(answeredRequestLine('interactionInvoke', 'demo', { ok: true, results: [] }, 1.234)).toEqual({
      level: 'info',
      fields: { channel: 'interactionInvoke', tenant: 'demo', outcome: 'ok', durationMs: 1.2 },
    });
  });

  it('names a refused command by its failure code', () => {
    const reply = { ok: false, error: { code: 'interaction_not_found', message: 'no such interaction' } };
    expect(answeredRequestLine('interactionAccept', 'demo', reply, 3).fields.outcome).toBe('interaction_not_found');
    expect(answeredRequestLine('callbackRedrive', 'demo', reply, 3).level).toBe('info');
  });

  it('logs a query at debug', () => {
    expect(answeredRequestLine('agentInteractions', 'demo', { ok: true }, 0.5).level).toBe('debug');
    expect(answeredRequestLine('callbackDeadLetters', 'demo', { ok: true }, 0.5).level).toBe('debug');
  });
});
