import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DiscardPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EVENTS_STREAM, tenantEventSubjects, type DomainEvent } from '@switchboard/contracts';
import { startTestNats, type NatsHarness } from '@switchboard/testing';
import { EventLogAdmin } from './event-log-admin.js';
import { EventStore, EventTooLargeError, MAX_EVENT_BYTES } from './event-store.js';
import { StaleHoldingError, TenantFencedError } from './log-fence.js';
import { connectBus, type NatsConnection } from './nats-connection.js';

const agentEvent = (id: string, ready: boolean, tenant = 'demo', reason?: string): DomainEvent => ({
  id,
  type: 'agent.state-changed',
  tenant,
  occurredAt: '2026-01-01T00:00:00.000Z',
  data: {
    change: ready ? 'ready' : 'not-ready',
    agent: {
      id: '1',
      username: 'ann',
      loggedIn: true,
      ready,
      ...(reason === undefined ? {} : { notReadyReason: reason }),
    },
  },
});

describe('EventStore on a real JetStream', () => {
  let nats: NatsHarness;
  let connection: NatsConnection;

  beforeAll(async () => {
    nats = await startTestNats();
    connection = await connectBus(nats.url, 'event-store-test');
  });

  afterAll(async () => {
    await connection.close();
    await nats.dispose();
  });

  it('replays nothing from an empty log', async () => {
    const store = await EventStore.open(connection);
    expect(await store.replay(() => undefined)).toBe(0);
  });

  it('replays appended events in order, and stores a retried append once', async () => {
    const store = await EventStore.open(connection);
    const events = [agentEvent('e1', true), agentEvent('e2', false), agentEvent('e3', true)];
    await store.append(events);
    await store.append(events); // a retry of the append: the same record, the same Nats-Msg-Id
    const replayed: DomainEvent[] = [];
    await store.replay((event) => replayed.push(event));
    expect(replayed).toEqual(events);
  });

  it('stores an append of one tenant as one record, and one larger than a message as several, in order', async () => {
    const store = await EventStore.open(connection);
    const events = Array.from({ length: 500 }, (_, i) => agentEvent(`bulk-${String(i)}`, i % 2 === 0, 'bulk'));
    const small = await store.publishAll(events);
    expect(new Set(small).size).toBe(1); // one record: every event has its sequence
    // ten events of 200 KiB: more than one message of the server's 1 MB holds
    const large = Array.from({ length: 10 }, (_, i) =>
      agentEvent(`large-${String(i)}`, true, 'bulk', 'x'.repeat(200 * 1024)),
    );
    const outcomes = await store.publishAll(large);
    expect(outcomes.every((outcome) => typeof outcome === 'number')).toBe(true);
    expect(new Set(outcomes).size).toBeGreaterThan(1);
    const replayed: DomainEvent[] = [];
    await store.replay((event) => replayed.push(event), tenantEventSubjects('bulk'));
    expect(replayed).toEqual([...events, ...large]);
  });

  it('stores a record whole or not at all, and tells which events of an append were stored', async () => {
    const store = await EventStore.open(connection);
    const manager = await jetstreamManager(connection);
    const { config, state } = await manager.streams.info(EVENTS_STREAM);
    // the stream takes one more message, then refuses new ones
    await manager.streams.update(EVENTS_STREAM, {
      ...config,
      discard: DiscardPolicy.New,
      max_msgs: state.messages + 1,
    });
    try {
      const events = Array.from({ length: 5 }, (_, i) => agentEvent(`full-${String(i)}`, true, 'full'));
      const stored = await store.publishAll(events);
      expect(stored.every((outcome) => typeof outcome === 'number')).toBe(true);
      const refused = await store.publishAll([agentEvent('full-5', true, 'full'), agentEvent('full-6', true, 'full')]);
      expect(refused.every((outcome) => outcome instanceof Error)).toBe(true);
      const replayed: DomainEvent[] = [];
      await store.replay((event) => replayed.push(event), tenantEventSubjects('full'));
      expect(replayed).toEqual(events);
    } finally {
      await manager.streams.update(EVENTS_STREAM, { ...config, max_msgs: -1 });
    }
  });

  it('fences a claimed tenant: once another writer claims it, the first one’s records are refused and nothing of them is stored', async () => {
    const first = await EventStore.open(connection, { writer: 'first' });
    const second = await EventStore.open(connection, { writer: 'second' });
    await first.claim('fenced');
    await first.append([agentEvent('f-1', true, 'fenced')]);
    await second.claim('fenced');
    await expect(
      first.append([agentEvent('f-2', true, 'fenced'), agentEvent('f-3', false, 'fenced')]),
    ).rejects.toBeInstanceOf(TenantFencedError);
    await second.append([agentEvent('s-1', true, 'fenced')]);
    // refused for good, without asking the log: the first writer lost the tenant
    await expect(first.append([agentEvent('f-4', true, 'fenced')])).rejects.toBeInstanceOf(TenantFencedError);
    const replayed: string[] = [];
    await first.replay((event) => replayed.push(event.id), tenantEventSubjects('fenced'));
    expect(replayed).toEqual(['f-1', 's-1']);
  });

  it('refuses what was decided under an earlier holding once the writer claimed the tenant again, and stores what is decided after', async () => {
    const store = await EventStore.open(connection, { writer: 'comes-back' });
    await store.claim('retaken');
    const before = store.holding('retaken');
    await store.append([agentEvent('r-1', true, 'retaken')]);
    // the instance lost the tenant and took it back (its lease ran out while NATS was electing a leader): its own claim
    // follows its own records, so the log alone would take a record it decided before
    await store.claim('retaken');
    const outcomes = await store.publishAll([agentEvent('r-2', false, 'retaken'), agentEvent('r-3', true, 'retaken')], {
      holding: before,
    });
    expect(outcomes.map((outcome) => (outcome instanceof StaleHoldingError ? 'stale' : outcome))).toEqual([
      'stale',
      'stale',
    ]);
    expect(
      await store.publishAll([agentEvent('r-4', false, 'retaken')], { holding: store.holding('retaken') }),
    ).toEqual([expect.any(Number)]);
    const replayed: string[] = [];
    await store.replay((event) => replayed.push(event.id), tenantEventSubjects('retaken'));
    expect(replayed).toEqual(['r-1', 'r-4']);
  });

  it('replays only the events on a subject filter', async () => {
    const store = await EventStore.open(connection);
    const providerEvent: DomainEvent = {
      id: 'p1',
      type: 'provider.removed',
      tenant: 'demo',
      occurredAt: '2026-01-01T00:00:00.000Z',
      data: { name: 'Old' },
    };
    await store.append([providerEvent]);
    const replayed: DomainEvent[] = [];
    expect(await store.replay((event) => replayed.push(event), 'sb.v1.evt.*.log.providers')).toBe(1);
    expect(replayed).toEqual([providerEvent]);
    expect(await store.replay(() => undefined, 'sb.v1.evt.*.nothing.>')).toBe(0);
  });

  it('refuses a whole append when one of its events is over the limit, before any of it is stored', async () => {
    const store = await EventStore.open(connection);
    // under NATS's 1 MB payload, over the documented limit one event may take
    const oversize = agentEvent('big-2', false, 'big', 'x'.repeat(MAX_EVENT_BYTES));
    const refused = store.append([agentEvent('big-1', true, 'big'), oversize]);
    await expect(refused).rejects.toBeInstanceOf(EventTooLargeError);
    await expect(refused).rejects.toMatchObject({ eventType: 'agent.state-changed', limit: MAX_EVENT_BYTES });
    expect(await store.replay(() => undefined, tenantEventSubjects('big'))).toBe(0);
    // the log still takes what fits
    await store.append([agentEvent('big-3', true, 'big', 'y'.repeat(MAX_EVENT_BYTES - 1_000))]);
    expect(await store.replay(() => undefined, tenantEventSubjects('big'))).toBe(1);
  });

  it('takes its limit down to what the server accepts', async () => {
    const store = await EventStore.open(connection, { maxEventBytes: 10 * 1024 * 1024 });
    const serverMax = connection.info?.max_payload ?? 0;
    expect(serverMax).toBeGreaterThan(0);
    expect(store.eventLimit()).toBeLessThan(serverMax);
    await expect(store.append([agentEvent('huge', false, 'huge', 'z'.repeat(serverMax))])).rejects.toBeInstanceOf(
      EventTooLargeError,
    );
    expect(await store.replay(() => undefined, tenantEventSubjects('huge'))).toBe(0);
  });

  it('trims a tenant: its one-event messages from before records and its facts, never its last record nor its providers', async () => {
    const js = jetstream(connection);
    const legacy = agentEvent('legacy-1', true, 'trimmed');
    await js.publish('sb.v1.evt.trimmed.agent.state-changed', JSON.stringify(legacy), { msgID: legacy.id });
    const store = await EventStore.open(connection);
    const provider: DomainEvent = {
      id: 'trimmed-p',
      type: 'provider.removed',
      tenant: 'trimmed',
      occurredAt: '2026-01-01T00:00:00.000Z',
      data: { name: 'Old' },
    };
    await store.append([agentEvent('trimmed-1', true, 'trimmed'), provider]);
    await store.append([agentEvent('trimmed-2', false, 'trimmed')]);
    const log = await EventLogAdmin.open(connection);
    // past everything: the legacy message and the first facts record go, the last facts record and the provider stay
    expect(await log.purgeTenantBefore('trimmed', (await log.extent()).lastSeq + 1)).toBe(2);
    const left: string[] = [];
    await store.replay((event) => left.push(event.id), tenantEventSubjects('trimmed'));
    expect(left.sort()).toEqual(['trimmed-2', 'trimmed-p']);
    expect(await log.purgeTenantBefore('trimmed', (await log.extent()).lastSeq + 1)).toBe(0);
  });

  it('refuses to replay past an event that does not match the contract, naming its sequence', async () => {
    const js = jetstream(connection);
    const ack = await js.publish(
      'sb.v1.evt.demo.agent.state-changed',
      JSON.stringify({ id: 'bad', type: 'agent.state-changed' }),
    );
    const store = await EventStore.open(connection);
    await expect(store.replay(() => undefined)).rejects.toThrow(`at sequence ${ack.seq}`);
    expect(ack.stream).toBe(EVENTS_STREAM);
  });
});
