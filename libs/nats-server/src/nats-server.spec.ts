import { describe, expect, it } from '@jest/globals';
import { findNatsServerBinary, NatsServerNotFoundError } from './nats-server.js';

describe('findNatsServerBinary', () => {
  it('names the install command when nats-server is nowhere to be found', () => {
    const find = (): string => findNatsServerBinary({ PATH: '/no/such/dir' }, ['/no/other/dir']);
    expect(find).toThrow(NatsServerNotFoundError);
    expect(find).toThrow('apt-get install -y nats-server');
  });

  it('prefers NATS_SERVER_BIN when it is executable', () => {
    expect(findNatsServerBinary({ NATS_SERVER_BIN: process.execPath, PATH: '' }, [])).toBe(process.execPath);
  });
});
