import type { Msg } from '@nats-io/transport-node';
import type { Deserializer, IncomingEvent, IncomingRequest, Serializer } from '@nestjs/microservices';

/**
 * Nest's NATS transport wraps payloads in its own `{pattern, data, id}` envelope. The bus contract says
 * payloads are plain JSON, so that services in any language can speak it: these two adapters put plain
 * payloads on the wire and take them off it.
 */
export class PlainJsonDeserializer implements Deserializer<Msg, IncomingRequest | IncomingEvent> {
  deserialize(message: Msg, options?: { channel?: string; replyTo?: string }): IncomingRequest | IncomingEvent {
    let data: unknown;
    try {
      data = message.json();
    } catch {
      data = undefined; // the handler's validation answers invalid_command
    }
    const pattern = options?.channel ?? message.subject;
    return message.reply ? { pattern, data, id: message.reply } : { pattern, data };
  }
}

interface OutgoingPacket {
  response?: unknown;
  err?: unknown;
}

/** NATS's default max_payload: a larger message is refused by the server, and the requester only sees a timeout. */
export const DEFAULT_MAX_REPLY_BYTES = 1024 * 1024;

const failureReply = (message: string, code = 'internal_error'): { data: string } => ({
  data: JSON.stringify({ ok: false, error: { code, message } }),
});

/** A failure a handler threw as `new RpcException({ code, message })`: Nest hands the object over as it is. */
const isCodedFailure = (err: unknown): err is { code: string; message: string } =>
  typeof err === 'object' &&
  err !== null &&
  'code' in err &&
  typeof err.code === 'string' &&
  'message' in err &&
  typeof err.message === 'string';

export class PlainJsonSerializer implements Serializer<OutgoingPacket, { data: string }> {
  /** `maxReplyBytes`: the server's max_payload, less room for the message's headers. */
  constructor(private readonly maxReplyBytes = DEFAULT_MAX_REPLY_BYTES - 4096) {}

  serialize(packet: OutgoingPacket): { data: string } {
    if (packet.err !== undefined && packet.err !== null) {
      if (isCodedFailure(packet.err)) return failureReply(packet.err.message, packet.err.code);
      return failureReply(packet.err instanceof Error ? packet.err.message : 'unexpected error');
    }
    const data = JSON.stringify(packet.response ?? null);
    // A reply NATS would refuse becomes a failure the requester is told at once, instead of a silent timeout.
    const bytes = Buffer.byteLength(data);
    if (bytes > this.maxReplyBytes)
      return failureReply(`the reply of ${bytes} bytes is over the bus limit of ${this.maxReplyBytes} bytes`);
    return { data };
  }
}
