import { describe, expect, it } from '@jest/globals';
import { EventTooLargeError } from '@switchboard/bus';
import type { DomainEvent } from '@switchboard/contracts';
import type { Projection } from './domain/projection.js';
import { demoTenantEntry } from './testing/demo-tenant.js';
import { decideAgentStateChange } from './use-cases/change-agent-state.js';
import { decideDispatch } from './use-cases/dispatch-interaction.js';
import { AppliedInPartError, runCommand, type MeasureEvent } from './write-path.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const fits: MeasureEvent = () => undefined;
/** The log refuses every event of these types. */
const refusing =
  (...types: DomainEvent['type'][]): MeasureEvent =>
  (event) =>
    types.includes(event.type) ? new EventTooLargeError(event.type, 2_000, 1_000) : undefined;

const dispatchCommand = (externalId: string) => ({ route: 'CrmCallRouting', externalId, properties: {}, skills: [] });

function readyTenant() {
  const tenant = demoTenantEntry();
  for (const change of ['login', 'ready'] as const) {
    const outcome = runCommand(
      tenant,
      (state) => decideAgentStateChange(state, { agentId: '5464', change }, T0),
      T0,
      fits,
    );
    expect(outcome.kind).toBe('applied');
  }
  return tenant;
}

/** A projection that records what it is told, and derives one agent event per command. */
function recordingProjection(): Projection & { applied: DomainEvent[]; owed: DomainEvent[][] } {
  const applied: DomainEvent[] = [];
  const owed: DomainEvent[][] = [];
  return {
    applied,
    owed,
    apply: (event) => applied.push(event),
    restored: () => undefined,
    follow: (state, events, now) => [
      {
        id: `derived-${String(events.length)}-${String(applied.length)}`,
        type: 'provider.removed',
        tenant: state.tenant,
        occurredAt: new Date(now).toISOString(),
        data: { name: 'P' },
      },
    ],
    notStored: (events) => owed.push([...events]),
    nextRetryAt: () => undefined,
  };
}

describe('the write path, in memory', () => {
  it('decides, applies, lets routing offer, and gives the domain events in the order they are to be stored', () => {
    const tenant = readyTenant();
    const outcome = runCommand(
      tenant,
      (state) => decideDispatch(state, tenant.catalog, dispatchCommand('E1'), T0),
      T0,
      fits,
    );
    if (outcome.kind !== 'applied') throw new Error('refused');
    expect(outcome.reply).toMatchObject({ ok: true, duplicate: false });
    expect(outcome.domain.map((event) => event.type)).toEqual(['interaction.queued', 'interaction.offered']);
    expect(outcome.domain[1]).toMatchObject({ data: { agentId: '5464' } });
    expect(outcome.unstorable).toBeUndefined();
    // applied: the next command decided on this memory finds the external id taken
    const again = runCommand(
      tenant,
      (state) => decideDispatch(state, tenant.catalog, dispatchCommand('E1'), T0),
      T0,
      fits,
    );
    expect(again).toMatchObject({ kind: 'applied', reply: { ok: false }, domain: [] });
  });

  it('refuses a command whose own event the log cannot take, before touching memory', () => {
    const tenant = readyTenant();
    const projection = recordingProjection();
    const target = { state: tenant.state, projections: [projection] };
    const refused = runCommand(
      target,
      (state) => decideDispatch(state, tenant.catalog, dispatchCommand('E1'), T0),
      T0,
      refusing('interaction.queued'),
    );
    expect(refused).toEqual({
      kind: 'refused',
      reply: { ok: false, error: { code: 'invalid_command', message: expect.stringContaining('too large to store') } },
    });
    expect(tenant.state.interactions.size).toBe(0);
    expect(projection.applied).toEqual([]);
    // the same command, once it fits, is done as new
    const done = runCommand(
      target,
      (state) => decideDispatch(state, tenant.catalog, dispatchCommand('E1'), T0),
      T0,
      fits,
    );
    expect(done).toMatchObject({ kind: 'applied', reply: { ok: true, duplicate: false } });
  });

  it('says when routing made an event the log cannot take: memory is then ahead of the log', () => {
    const tenant = readyTenant();
    const outcome = runCommand(
      tenant,
      (state) => decideDispatch(state, tenant.catalog, dispatchCommand('E1'), T0),
      T0,
      refusing('interaction.offered'),
    );
    expect(outcome).toMatchObject({ kind: 'applied', unstorable: { eventType: 'interaction.offered' } });
  });

  it('applies what projections derive after the domain events, and leaves what the log cannot take to the projection', () => {
    const tenant = readyTenant();
    const projection = recordingProjection();
    const target = { state: tenant.state, projections: [projection] };
    const outcome = runCommand(
      target,
      (state) => decideDispatch(state, tenant.catalog, dispatchCommand('E1'), T0),
      T0,
      fits,
    );
    if (outcome.kind !== 'applied') throw new Error('refused');
    expect(outcome.followed).toEqual([{ projection, events: [expect.objectContaining({ type: 'provider.removed' })] }]);
    expect(projection.applied.map((event) => event.type)).toEqual([
      'interaction.queued',
      'interaction.offered',
      'provider.removed',
    ]);

    const unstored = runCommand(
      target,
      (state) => decideDispatch(state, tenant.catalog, dispatchCommand('E2'), T0),
      T0,
      refusing('provider.removed'),
    );
    expect(unstored).toMatchObject({
      kind: 'applied',
      reply: { ok: true },
      followed: [],
      troubles: [{ error: expect.any(EventTooLargeError) }],
    });
    expect(projection.owed).toEqual([[expect.objectContaining({ type: 'provider.removed' })]]);
    expect(projection.applied.map((event) => event.type)).toEqual([
      'interaction.queued',
      'interaction.offered',
      'provider.removed',
      'interaction.queued',
    ]);
  });

  it('tells a decision that threw (memory untouched) from applying that threw half way (memory to rebuild)', () => {
    const tenant = readyTenant();
    const bug = new Error('a bug in a decision');
    expect(() =>
      runCommand(
        tenant,
        () => {
          throw bug;
        },
        T0,
        fits,
      ),
    ).toThrow(bug);
    const breaking: Projection = {
      ...recordingProjection(),
      apply: () => {
        throw new Error('a bug in a projection');
      },
    };
    const target = { state: tenant.state, projections: [breaking] };
    expect(() =>
      runCommand(target, (state) => decideDispatch(state, tenant.catalog, dispatchCommand('E1'), T0), T0, fits),
    ).toThrow(AppliedInPartError);
  });
});
