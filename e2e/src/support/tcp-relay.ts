// A TCP relay between a test's client and the platform, which the test can cut like a network outage: every
// connection through it dies at once, and new ones are refused until it is restored.
import { once } from 'node:events';
import net from 'node:net';
import { Transform } from 'node:stream';

export class TcpRelay {
  private readonly server = net.createServer((client) => {
    this.accept(client);
  });
  private readonly sockets = new Set<net.Socket>();
  private isCut = false;
  private cutOnAnswer: (() => void) | undefined;
  /** Connections refused while cut: a client trying to come back. */
  refused = 0;

  private constructor(private readonly target: URL) {}

  /** Listens on a free port of 127.0.0.1 and forwards every connection to `targetUrl`'s host and port. */
  static async start(targetUrl: string): Promise<TcpRelay> {
    const relay = new TcpRelay(new URL(targetUrl));
    relay.server.listen(0, '127.0.0.1');
    await once(relay.server, 'listening');
    return relay;
  }

  /** e.g. http://127.0.0.1:41235, to use instead of the platform's base URL. */
  get url(): string {
    const { port } = this.server.address() as net.AddressInfo;
    return `${this.target.protocol}//127.0.0.1:${port}`;
  }

  /** Destroys every live connection, both ways, and refuses new ones until restore(). */
  cut(): void {
    this.isCut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  /**
   * Cuts (as cut()) the moment the platform next starts answering: that answer is lost with its connection, as
   * when an outage hits a response on its way — for a long poll, one carrying notifications.
   */
  cutOnNextAnswer(): Promise<void> {
    return new Promise((resolve) => {
      this.cutOnAnswer = () => {
        this.cutOnAnswer = undefined;
        this.cut();
        resolve();
      };
    });
  }

  restore(): void {
    this.isCut = false;
  }

  async close(): Promise<void> {
    this.cut();
    this.server.close();
    await once(this.server, 'close');
  }

  private accept(client: net.Socket): void {
    if (this.isCut) {
      this.refused += 1;
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(this.target.port), this.target.hostname);
    const answers = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        if (this.cutOnAnswer === undefined) done(null, chunk);
        else {
          this.cutOnAnswer();
          done();
        }
      },
    });
    answers.on('error', () => undefined);
    client.pipe(upstream);
    upstream.pipe(answers).pipe(client);
    for (const [socket, peer] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.sockets.add(socket);
      // An outage is not an error here: whichever side goes, the other goes with it.
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        peer.destroy();
      });
    }
  }
}
