import { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import { createLogger } from './logger.js';
import { runOutsideRequest, runWithRequestId } from './request-context.js';

/** A logger whose json lines are kept, parsed. */
function recordingLogger(): { logger: ReturnType<typeof createLogger>; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: createLogger({ service: 'test', destination }), lines };
}

describe('createLogger and the request context', () => {
  it('stamps the lines written for a request with its id, through awaits and timers', async () => {
    const { logger, lines } = recordingLogger();
    await runWithRequestId('req-1', async () => {
      logger.info('at once');
      await nextTurn();
      logger.child({ tenant: 'demo' }).info('after a timer');
    });
    expect(lines.map(({ msg, requestId, service }) => ({ msg, requestId, service }))).toEqual([
      { msg: 'at once', requestId: 'req-1', service: 'test' },
      { msg: 'after a timer', requestId: 'req-1', service: 'test' },
    ]);
  });

  it('keeps concurrent requests apart', async () => {
    const { logger, lines } = recordingLogger();
    let letFirstGoOn = (): void => undefined;
    const secondLogged = new Promise<void>((resolve) => {
      letFirstGoOn = resolve;
    });
    // the first is suspended while the second runs and logs: each resumes in its own context
    const first = runWithRequestId('first', async () => {
      logger.info('first, before');
      await secondLogged;
      logger.info('first, after');
    });
    runWithRequestId('second', () => {
      logger.info('second');
      letFirstGoOn();
    });
    await first;
    expect(lines.map(({ msg, requestId }) => [msg, requestId])).toEqual([
      ['first, before', 'first'],
      ['second', 'second'],
      ['first, after', 'first'],
    ]);
  });

  it('writes no request id outside a request, nor in work started outside one during it', () => {
    const { logger, lines } = recordingLogger();
    logger.info('startup');
    runWithRequestId('req-1', () => {
      runOutsideRequest(() => {
        logger.info('a batch of many requests');
      });
    });
    expect(lines.map((line) => 'requestId' in line)).toEqual([false, false]);
  });

  it('lets a line name its own request id', () => {
    const { logger, lines } = recordingLogger();
    runWithRequestId('req-1', () => {
      logger.info({ requestId: 'req-2' }, 'explicit');
    });
    expect(lines[0]?.requestId).toBe('req-2');
  });
});
