import type { Deserializer, IncomingRequest, IncomingEvent, Serializer } from '@nestjs/microservices';
import type { Msg } from '@nats-io/transport-node';

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

export class PlainJsonSerializer implements Serializer<OutgoingPacket, { data: string }> {
  serialize(packet: OutgoingPacket): { data: string } {
    if (packet.err !== undefined && packet.err !== null) {
      const message = packet.err instanceof Error ? packet.err.message : 'unexpected error';
      return { data: JSON.stringify({ ok: false, error: { code: 'internal_error', message } }) };
    }
    return { data: JSON.stringify(packet.response ?? null) };
  }
}
