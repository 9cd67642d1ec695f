import { describe, expect, it } from '@jest/globals';
import type { Tenant } from '../tenant.js';
import { EVERY_PHASE_AT, everyPhaseTenant } from '../testing/every-phase-tenant.js';
import { runOnTenant } from '../testing/run-decision.js';
import { decideSupervisorRelease } from './supervisor-release.js';

const at = EVERY_PHASE_AT + 1000;

/** The interaction id of an every-phase externalid (E1 … E8). */
function idOf(tenant: Tenant, externalId: string): string {
  const record = tenant.state.interactionByExternalId(externalId);
  if (!record) throw new Error(`no ${externalId}`);
  return record.snapshot.id;
}

const release = (tenant: Tenant, interactionId: string, requestId = `supervisor-release:${interactionId}`) =>
  decideSupervisorRelease(tenant.state, { requestId, interactionId, releasedBy: 'agent sam' }, at);

describe('a supervisor’s release', () => {
  it.each([
    ['in line', 'E7', undefined],
    ['in its plan, waiting on a data connector call', 'E8', undefined],
    ['offered to carol and not accepted', 'E6', '5467'],
  ])('releases an interaction %s, naming who released it', (_where, externalId, agentId) => {
    const tenant = everyPhaseTenant();
    const interactionId = idOf(tenant, externalId);
    const { events, reply } = release(tenant, interactionId);
    expect(reply).toEqual({ ok: true, interactionId, duplicate: false });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'interaction.released',
        data: {
          interaction: expect.objectContaining({ id: interactionId, externalId }) as unknown,
          requestId: `supervisor-release:${interactionId}`,
          ...(agentId === undefined ? {} : { agentId }),
          reason: 'released-by-supervisor',
          releasedBy: 'agent sam',
        },
      }),
    ]);
  });

  it.each([
    ['connected to bob', 'E5', /connected to bob/],
    ['held by alice', 'E4', /connected to alice/],
    ['parked by its agent', 'E3', /connected to AgentUsername/],
    ['in a workbin', 'E1', /parked in a workbin/],
  ])('refuses an interaction %s (invalid_state), appending nothing', (_where, externalId, message) => {
    const tenant = everyPhaseTenant();
    const { events, reply } = release(tenant, idOf(tenant, externalId));
    expect(events).toEqual([]);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', message: expect.stringMatching(message) },
    });
  });

  it('answers a repeat of the request with its first outcome, not acted on again; an unknown interaction is not found', () => {
    const tenant = everyPhaseTenant();
    const interactionId = idOf(tenant, 'E7');
    runOnTenant(tenant, release(tenant, interactionId), at);
    expect(tenant.state.interactions.has(interactionId)).toBe(false);
    const repeat = release(tenant, interactionId);
    expect(repeat.events).toEqual([]);
    expect(repeat.reply).toMatchObject({ ok: true, interactionId, duplicate: true });
    const other = release(tenant, interactionId, 'another request');
    expect(other.reply).toMatchObject({ ok: false, error: { code: 'interaction_not_found' } });
  });
});
