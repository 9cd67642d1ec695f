import { setTransportFactory } from '@nats-io/transport-node';
import { nodeResolveHost, NodeTransport } from '@nats-io/transport-node/lib/node_transport.js';

/**
 * nats.js's Node transport, with what is written in one turn of the event loop sent in one socket write. nats.js
 * flushes a connection's queued messages once per microtask checkpoint, and Node runs one after each I/O callback: a
 * service that answers many requests (the gateway's HTTP requests, the interactions service's commands and their
 * JetStream publishes) wrote each message in a socket write of its own — 28–34 % of each app's busy time under a
 * closed-loop Invoke load, and a read of its own in nats-server for each. The socket is corked at a turn's first write
 * and uncorked once the turn's I/O callbacks have run (setImmediate): everything written meanwhile goes in one writev.
 * A message waits at most for the rest of the turn; order is the socket's; a close sends what the turn wrote before
 * it ends the socket, as the plain transport, which had written it already, did.
 */
export class CoalescingTransport extends NodeTransport {
  /** The uncork scheduled for the end of this turn, while the socket is corked. */
  private uncorking: NodeJS.Immediate | undefined;

  override send(frame: Uint8Array): void {
    const socket = this.socket as typeof this.socket | undefined;
    if (this.uncorking === undefined && socket !== undefined) {
      socket.cork();
      this.uncorking = setImmediate(() => {
        this.uncorking = undefined;
        socket.uncork();
      });
    }
    super.send(frame);
  }

  /** nats.js's close destroys the socket without a last flush: what this turn wrote is sent first. */
  override close(err?: Error): Promise<void> {
    if (this.uncorking !== undefined) {
      clearImmediate(this.uncorking);
      this.uncorking = undefined;
      this.socket.uncork();
    }
    return super.close(err);
  }
}

/**
 * Has every NATS connection opened from now on in this process write through a CoalescingTransport. nats.js keeps the
 * transport factory in a global, which its own `connect` sets back to the plain transport: so every service connection
 * is opened through `connectNats` (connectBus), which sets it each time.
 */
export function useCoalescingTransport(): void {
  setTransportFactory({ factory: () => new CoalescingTransport(), dnsResolveFn: nodeResolveHost });
}
