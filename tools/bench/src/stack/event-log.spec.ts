import { describe, expect, it } from '@jest/globals';
import { natsUrlOfCommandLine } from './event-log.js';

describe('natsUrlOfCommandLine', () => {
  it('reads the address and port libs/nats-server starts the server with', () => {
    expect(natsUrlOfCommandLine(['nats-server', '-a', '127.0.0.1', '-p', '41234', '-js', '-sd', '/tmp/x'])).toBe(
      'nats://127.0.0.1:41234',
    );
  });

  it('refuses a command line without a port', () => {
    expect(() => natsUrlOfCommandLine(['nats-server', '-js'])).toThrow('no -p <port>');
  });
});
