import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A TCP connection to an HTTP server, written by hand: what a client that sends nothing, or sends its request a
 * byte at a time (slowloris), does to a server. Records what the server answers and when it closes.
 */
export class RawConnection {
  private text = '';
  private closedAt: number | undefined;
  private readonly closing: Promise<void>;
  private readonly openedAt = performance.now();

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (this.text += chunk));
    // A reset is a close as well: the server gave up on the connection either way.
    socket.on('error', () => undefined);
    this.closing = new Promise((resolve) => {
      socket.once('close', () => {
        this.closedAt = performance.now();
        resolve();
      });
    });
  }

  /** Connects to the host and port of `url` (e.g. http://127.0.0.1:8080). */
  static open(url: string): Promise<RawConnection> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: hostname, port: Number(port) }, () => {
        socket.off('error', reject);
        resolve(new RawConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  /** Everything the server sent so far. */
  get received(): string {
    return this.text;
  }

  get isClosed(): boolean {
    return this.closedAt !== undefined;
  }

  write(text: string): void {
    this.socket.write(text);
  }

  /** Sends `text` one byte every `intervalMs`, until all of it is sent or the server closed the connection. */
  async dribble(text: string, intervalMs: number): Promise<void> {
    for (const byte of text) {
      if (this.isClosed) return;
      this.socket.write(byte);
      await sleep(intervalMs);
    }
  }

  /**
   * Resolves with how long after opening the server closed the connection; rejects when it is still open
   * `timeoutMs` from now.
   */
  async closedWithin(timeoutMs: number): Promise<number> {
    const deadline = sleep(timeoutMs, 'open' as const, { ref: false });
    if ((await Promise.race([this.closing.then(() => 'closed' as const), deadline])) === 'open') {
      throw new Error(
        `the server kept the connection open for more than ${timeoutMs} ms; it answered: ${JSON.stringify(this.text)}`,
      );
    }
    return (this.closedAt ?? performance.now()) - this.openedAt;
  }

  /** Closes it from this side (after a test, whatever happened). */
  destroy(): void {
    this.socket.destroy();
  }
}
