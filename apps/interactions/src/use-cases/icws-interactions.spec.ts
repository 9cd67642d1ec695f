import { beforeEach, describe, expect, it } from '@jest/globals';
import type { ControlInteractionCommand, DomainEvent, InteractionCommandReply } from '@switchboard/contracts';
import type { Decision } from '../domain/decision.js';
import { MAX_USER_DATA_BYTES } from '../domain/user-data-limit.js';
import type { Tenant } from '../tenant-registry.js';
import { demoTenantEntry } from '../testing/demo-tenant.js';
import { runOnTenant } from '../testing/run-decision.js';
import { decideAgentRelease, decideHold, decideTransferToAgent, decideTransferToRoute } from './agent-actions.js';
import { decideAgentStateChange } from './change-agent-state.js';
import { decideControl } from './control-interaction.js';
import { decideCreateInteraction } from './create-interaction.js';
import { decideDispatch } from './dispatch-interaction.js';
import { decidePark } from './park-interaction.js';
import { decidePickup } from './pickup-interaction.js';
import { decideRegisterProvider } from './providers.js';
import { readAttributes } from './read-attributes.js';
import { decideUserData } from './user-data.js';

const T0 = Date.parse('2026-11-21T16:17:00Z');
const AGENT = '5464'; // AgentUsername
const ALICE = '5465';

describe('ICWS interactions: create, pickup, park, control, custom attributes', () => {
  let tenant: Tenant;
  let log: DomainEvent[];

  const run = <R>(decision: Decision<R>, at = T0): { reply: R; events: DomainEvent[] } =>
    runOnTenant(tenant, decision, at, log);
  const logIn = (agentId: string, ready = false): void => {
    run(decideAgentStateChange(tenant.state, { agentId, change: 'login' }, T0));
    if (ready) run(decideAgentStateChange(tenant.state, { agentId, change: 'ready' }, T0));
  };
  const idOf = (reply: InteractionCommandReply): string => {
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.interactionId;
  };
  const attributes = (interactionId: string, ...names: string[]): Record<string, string | undefined> => {
    const reply = readAttributes(tenant.state, { agentId: ALICE, interactionId, names });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.attributes;
  };
  const state = (interactionId: string): string | undefined => attributes(interactionId, 'Eic_State').Eic_State;
  /** AgentUsername's own outbound call, connected at once. */
  const call = (target = '+441234567890'): string =>
    idOf(
      run(decideCreateInteraction(tenant.state, tenant.catalog, { agentId: AGENT, kind: 'call', target }, T0)).reply,
    );
  const control = (command: Omit<ControlInteractionCommand, 'agentId'>, agentId = AGENT): InteractionCommandReply =>
    run(decideControl(tenant.state, { ...command, agentId }, T0)).reply;

  beforeEach(() => {
    tenant = demoTenantEntry();
    log = [];
  });

  describe('create', () => {
    it('places the agent’s own call, connected to it at once, outbound, on behalf of the workgroup named in any case', () => {
      logIn(AGENT);
      const command = {
        agentId: AGENT,
        kind: 'call' as const,
        target: '+441234567890',
        queue: { type: 'workgroup' as const, name: 'crmcallrouting' },
        attributes: { Account: 'A-1' },
        referenceId: 3,
      };
      const { reply, events } = run(decideCreateInteraction(tenant.state, tenant.catalog, command, T0));
      const id = idOf(reply);
      expect(events[0]).toMatchObject({
        type: 'interaction.connected',
        data: {
          agentId: AGENT,
          how: 'outbound-call',
          referenceId: 3,
          interaction: {
            id,
            interactionType: 'live',
            mediaType: 'Call',
            direction: 'outbound',
            clid: '+441234567890',
            route: 'CrmCallRouting',
            userData: { Account: 'A-1' },
          },
        },
      });
      expect(tenant.state.engine.interaction(id, T0)).toMatchObject({ status: 'connected', agentId: AGENT });
      expect(
        attributes(
          id,
          'Eic_State',
          'Eic_CallDirection',
          'Eic_RemoteAddress',
          'Eic_UserName',
          'Eic_WorkgroupName',
          'Eic_ObjectType',
          'Eic_ConnectTime',
          'account',
        ),
      ).toEqual({
        Eic_State: 'C',
        Eic_CallDirection: 'O',
        Eic_RemoteAddress: '+441234567890',
        Eic_UserName: 'AgentUsername',
        Eic_WorkgroupName: 'CrmCallRouting',
        Eic_ObjectType: 'Call',
        Eic_ConnectTime: '20261121T161700Z',
        account: 'A-1',
      });
    });

    it('refuses a call from an agent not logged in or with a call still offered; a call into a user queue; an unknown workgroup', () => {
      const create = (queue?: { type: 'user' | 'workgroup'; name: string }): InteractionCommandReply =>
        decideCreateInteraction(
          tenant.state,
          tenant.catalog,
          { agentId: AGENT, kind: 'call', target: '100', ...(queue ? { queue } : {}) },
          T0,
        ).reply;
      expect(create()).toMatchObject({
        ok: false,
        error: { code: 'invalid_state', message: expect.stringContaining('logged in') as unknown },
      });
      logIn(AGENT);
      expect(create({ type: 'workgroup', name: 'Nowhere' })).toMatchObject({ error: { code: 'queue_not_found' } });
      expect(create({ type: 'user', name: 'alice' })).toMatchObject({ error: { code: 'invalid_command' } });
      logIn(AGENT, true);
      run(
        decideDispatch(
          tenant.state,
          tenant.catalog,
          { route: 'CrmCallRouting', externalId: 'OFFERED-CALL', properties: {}, skills: [], interactionType: 'live' },
          T0,
        ),
      );
      expect(create()).toMatchObject({ error: { code: 'invalid_state' } }); // a call is ringing: answer it first
    });

    it('queues a callback into a workgroup through its route’s plan, as a VCC dispatch: offered to a ready agent', () => {
      logIn(ALICE, true);
      const command = {
        agentId: AGENT,
        kind: 'callback' as const,
        target: '+447700900123',
        subject: 'Call me',
        remoteName: 'Jo',
        queue: { type: 'workgroup' as const, name: 'CRMCALLROUTING' },
      };
      const { reply, events } = run(decideCreateInteraction(tenant.state, tenant.catalog, command, T0));
      const id = idOf(reply);
      expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['interaction.queued', 'interaction.offered']));
      expect(
        attributes(
          id,
          'Eic_State',
          'Eic_ObjectType',
          'Eic_Subject',
          'Eic_RemoteName',
          'Eic_RemoteAddress',
          'Eic_UserName',
          'Eic_CallDirection',
        ),
      ).toEqual({
        Eic_State: 'A',
        Eic_ObjectType: 'Callback',
        Eic_Subject: 'Call me',
        Eic_RemoteName: 'Jo',
        Eic_RemoteAddress: '+447700900123',
        Eic_UserName: 'alice',
        Eic_CallDirection: 'I',
      });
    });

    it('queues a work item into a user’s queue for that agent alone, for as long as a personal queue can wait', () => {
      logIn(AGENT, true);
      const { reply, events } = run(
        decideCreateInteraction(
          tenant.state,
          tenant.catalog,
          { agentId: AGENT, kind: 'generic', queue: { type: 'user', name: 'ALICE' }, attributes: { Case: '77' } },
          T0,
        ),
      );
      const id = idOf(reply);
      expect(events.map((e) => e.type)).toEqual(['interaction.queued']); // AgentUsername is ready, but it is alice's
      expect(events[0]).toMatchObject({
        data: {
          interaction: {
            mediaType: 'Generic',
            route: '',
            personalQueue: { agent: 'alice', loggedInTimeoutSeconds: 2_678_399 },
          },
        },
      });
      expect(state(id)).toBe('O');
      logIn(ALICE, true);
      expect(tenant.state.engine.interaction(id, T0)).toMatchObject({ status: 'offered', agentId: ALICE });
    });

    it('refuses a queued kind without its queue or target, into an unknown user, or from an unknown agent', () => {
      const create = (command: Parameters<typeof decideCreateInteraction>[2]): InteractionCommandReply =>
        decideCreateInteraction(tenant.state, tenant.catalog, command, T0).reply;
      expect(create({ agentId: AGENT, kind: 'generic' })).toMatchObject({ error: { code: 'invalid_command' } });
      expect(create({ agentId: AGENT, kind: 'callback', queue: { type: 'user', name: 'alice' } })).toMatchObject({
        error: { code: 'invalid_command' },
      });
      expect(create({ agentId: AGENT, kind: 'generic', queue: { type: 'user', name: 'nobody' } })).toMatchObject({
        error: { code: 'queue_not_found' },
      });
      expect(create({ agentId: '9', kind: 'generic', queue: { type: 'user', name: 'alice' } })).toMatchObject({
        error: { code: 'agent_not_found' },
      });
    });
  });

  describe('several calls, as on a phone', () => {
    const heldIds = (): string[] =>
      [...tenant.state.interactions.keys()].filter((id) => tenant.state.isHeld(id)).sort();

    it('placing a call while on another holds that one; retrieving a held call holds the one the agent is on', () => {
      logIn(AGENT);
      const first = call('+441111111111');
      const { events } = run(
        decideCreateInteraction(tenant.state, tenant.catalog, { agentId: AGENT, kind: 'call', target: '200' }, T0),
      );
      expect(events.map((e) => [e.type, (e.data as { interaction: { id: string } }).interaction.id])).toEqual([
        ['interaction.held', first],
        ['interaction.connected', expect.any(String)],
      ]);
      const second = (events[1]?.data as { interaction: { id: string } }).interaction.id;
      expect([state(first), state(second)]).toEqual(['H', 'C']);

      const retrieved = run(decidePickup(tenant.state, { interactionId: first, agentId: AGENT }, T0)).events;
      expect(retrieved.map((e) => e.type)).toEqual(['interaction.held', 'interaction.retrieved']);
      expect([state(first), state(second)]).toEqual(['C', 'H']);
      expect(heldIds()).toEqual([second]);
    });

    it('picking up a waiting call while on another holds that one; routing still offers the agent no call meanwhile', () => {
      logIn(AGENT, true);
      const onLine = call();
      const waiting = idOf(
        run(
          decideDispatch(
            tenant.state,
            tenant.catalog,
            { route: 'CrmCallRouting', externalId: 'W-1', properties: {}, skills: [], interactionType: 'live' },
            T0,
          ),
        ).reply,
      );
      expect(state(waiting)).toBe('O'); // waiting: the ready agent on a call is offered nothing
      const { events } = run(decidePickup(tenant.state, { interactionId: waiting, agentId: AGENT }, T0));
      expect(events.map((e) => e.type)).toEqual(['interaction.held', 'interaction.connected']);
      expect([state(onLine), state(waiting)]).toEqual(['H', 'C']);
    });

    it('keeps the call the agent is on when its provider does not permit holds: the new call is refused', () => {
      logIn(AGENT);
      const noHolds = { release: true, hold: false, transferToAgent: true, transferToRoute: true };
      run(decideRegisterProvider(tenant.state, { name: 'NoHolds', headers: {}, agentActionsPermitted: noHolds }, T0));
      const strict = idOf(
        run(
          decideDispatch(
            tenant.state,
            tenant.catalog,
            {
              route: 'CrmCallRouting',
              externalId: 'STRICT',
              provider: 'NoHolds',
              properties: {},
              skills: [],
              interactionType: 'live',
            },
            T0,
          ),
        ).reply,
      );
      run(decidePickup(tenant.state, { interactionId: strict, agentId: AGENT }, T0));
      expect(state(strict)).toBe('C');
      expect(
        decideCreateInteraction(tenant.state, tenant.catalog, { agentId: AGENT, kind: 'call', target: '300' }, T0)
          .reply,
      ).toMatchObject({ ok: false, error: { code: 'action_not_permitted' } });
      expect(state(strict)).toBe('C');
    });
  });

  describe('pickup', () => {
    const pickup = (
      interactionId: string,
      agentId = AGENT,
    ): { reply: InteractionCommandReply; events: DomainEvent[] } =>
      run(decidePickup(tenant.state, { interactionId, agentId }, T0));
    const workItem = (): string =>
      idOf(
        run(
          decideCreateInteraction(
            tenant.state,
            tenant.catalog,
            { agentId: AGENT, kind: 'generic', queue: { type: 'workgroup', name: 'CrmCallRouting' } },
            T0,
          ),
        ).reply,
      );

    it('accepts an offer, as a GWS Accept', () => {
      logIn(AGENT, true);
      const id = workItem();
      expect(state(id)).toBe('A');
      expect(pickup(id).events.map((e) => e.type)).toEqual(['interaction.accepted']);
      expect(state(id)).toBe('C');
    });

    it('takes an interaction waiting in a queue, offered to nobody, if the agent has room; not one with another agent', () => {
      const id = workItem();
      expect(pickup(id).reply).toMatchObject({ error: { code: 'invalid_state' } }); // not logged in: no room
      logIn(AGENT); // logged in, not ready: routing offers it nothing, but it may take work itself
      const { events } = pickup(id);
      expect(events[0]).toMatchObject({ type: 'interaction.connected', data: { agentId: AGENT, how: 'pickup' } });
      expect(attributes(id, 'Eic_State', 'Eic_UserName')).toEqual({ Eic_State: 'C', Eic_UserName: 'AgentUsername' });
      logIn(ALICE);
      expect(pickup(id, ALICE).reply).toMatchObject({ error: { code: 'not_offered_to_agent' } });
      expect(pickup(id).reply).toMatchObject({ error: { code: 'invalid_state' } }); // already connected
    });

    it('does not take what waits in another agent’s personal queue', () => {
      logIn(AGENT);
      const id = idOf(
        run(
          decideCreateInteraction(
            tenant.state,
            tenant.catalog,
            { agentId: AGENT, kind: 'generic', queue: { type: 'user', name: 'alice' } },
            T0,
          ),
        ).reply,
      );
      expect(pickup(id).reply).toMatchObject({ error: { code: 'not_offered_to_agent' } });
      logIn(ALICE);
      expect(pickup(id, ALICE).events[0]).toMatchObject({ type: 'interaction.connected' });
    });

    it('retrieves what the agent held or parked', () => {
      logIn(AGENT);
      const id = call();
      run(decideHold(tenant.state, { interactionId: id, agentId: AGENT }, true, T0));
      expect(state(id)).toBe('H');
      expect(pickup(id).events.map((e) => e.type)).toEqual(['interaction.retrieved']);
      run(decidePark(tenant.state, { interactionId: id, agentId: AGENT }, T0));
      expect(state(id)).toBe('P');
      pickup(id);
      expect(state(id)).toBe('C');
    });

    it('refuses an unknown interaction', () => {
      expect(pickup('1').reply).toMatchObject({ error: { code: 'interaction_not_found' } });
    });
  });

  describe('park, hold and what follows', () => {
    it('parks an interaction the agent handles: still its own, held, Parked; a held one can be parked too', () => {
      logIn(AGENT);
      const id = call();
      const { events } = run(decidePark(tenant.state, { interactionId: id, agentId: AGENT }, T0));
      expect(events[0]).toMatchObject({ type: 'interaction.held', data: { agentId: AGENT, parked: true } });
      expect(attributes(id, 'Eic_State', 'Eic_CallStateString', 'Eic_UserName')).toEqual({
        Eic_State: 'P',
        Eic_CallStateString: 'Parked',
        Eic_UserName: 'AgentUsername',
      });
      expect(tenant.state.engine.interaction(id, T0)).toMatchObject({ status: 'connected', agentId: AGENT });
      expect(decidePark(tenant.state, { interactionId: id, agentId: AGENT }, T0).reply).toMatchObject({
        error: { code: 'invalid_state' },
      });
      expect(decidePark(tenant.state, { interactionId: id, agentId: ALICE }, T0).reply).toMatchObject({
        error: { code: 'not_offered_to_agent' },
      });
      // hold off takes a parked interaction back too
      run(decideHold(tenant.state, { interactionId: id, agentId: AGENT }, false, T0));
      run(decideHold(tenant.state, { interactionId: id, agentId: AGENT }, true, T0));
      run(decidePark(tenant.state, { interactionId: id, agentId: AGENT }, T0));
      expect(state(id)).toBe('P');
    });

    it('obeys the provider: no hold permitted, no park', () => {
      logIn(AGENT, true);
      const none = { release: false, hold: false, transferToAgent: false, transferToRoute: false };
      run(decideRegisterProvider(tenant.state, { name: 'Strict', headers: {}, agentActionsPermitted: none }, T0));
      const id = idOf(
        run(
          decideDispatch(
            tenant.state,
            tenant.catalog,
            { route: 'CrmCallRouting', provider: 'Strict', externalId: 'E', properties: {}, skills: [] },
            T0,
          ),
        ).reply,
      );
      run(decidePickup(tenant.state, { interactionId: id, agentId: AGENT }, T0));
      expect(decidePark(tenant.state, { interactionId: id, agentId: AGENT }, T0).reply).toMatchObject({
        error: { code: 'action_not_permitted' },
      });
    });

    it('disconnects, and blind-transfers to a user or to a workgroup named in any case, a held or parked interaction', () => {
      logIn(AGENT);
      logIn(ALICE, true);
      const first = call();
      run(decideHold(tenant.state, { interactionId: first, agentId: AGENT }, true, T0));
      const transferred = run(
        decideTransferToAgent(tenant.state, { interactionId: first, agentId: AGENT, targetAgentId: ALICE }, T0),
      );
      expect(transferred.reply).toMatchObject({ ok: true });
      expect(attributes(first, 'Eic_State', 'Eic_UserName', 'Eic_ConnectTime')).toEqual({
        Eic_State: 'A',
        Eic_UserName: 'alice',
        Eic_ConnectTime: '',
      });

      const second = call();
      run(decidePark(tenant.state, { interactionId: second, agentId: AGENT }, T0));
      expect(
        run(
          decideTransferToRoute(
            tenant.state,
            tenant.catalog,
            { interactionId: second, agentId: AGENT, route: 'crmcallrouting' },
            T0,
          ),
        ).reply,
      ).toMatchObject({ ok: true });
      expect(attributes(second, 'Eic_WorkgroupName', 'Eic_State')).toEqual({
        Eic_WorkgroupName: 'CrmCallRouting',
        Eic_State: 'O',
      }); // alice is on a call

      const third = call();
      run(decidePark(tenant.state, { interactionId: third, agentId: AGENT }, T0));
      expect(
        run(decideAgentRelease(tenant.state, { interactionId: third, agentId: AGENT }, T0)).events.map((e) => e.type),
      ).toEqual(['interaction.released']);
      expect(readAttributes(tenant.state, { agentId: AGENT, interactionId: third })).toMatchObject({
        error: { code: 'interaction_not_found' },
      });
    });
  });

  describe('blind transfer to a user queue', () => {
    it('waits in the target’s queue, for it alone, while the target cannot take it; offered once it is ready', () => {
      logIn(AGENT);
      logIn(ALICE); // logged in, not ready
      const id = call();
      const refused = run(
        decideTransferToAgent(tenant.state, { interactionId: id, agentId: AGENT, targetAgentId: ALICE }, T0),
      );
      expect(refused.reply).toMatchObject({ ok: false, error: { code: 'target_unavailable' } }); // GWS: the target must take it now
      const queued = run(
        decideTransferToAgent(
          tenant.state,
          { interactionId: id, agentId: AGENT, targetAgentId: ALICE, queueIfUnavailable: true },
          T0,
        ),
      );
      expect(queued.reply).toMatchObject({ ok: true });
      expect(queued.events.map((e) => e.type)).toEqual(['interaction.route-transferred', 'interaction.queued']);
      expect(attributes(id, 'Eic_State', 'Eic_UserName')).toEqual({ Eic_State: 'O', Eic_UserName: '' });
      logIn(AGENT, true); // another agent ready: the interaction still waits for alice alone
      expect(state(id)).toBe('O');
      const ready = run(decideAgentStateChange(tenant.state, { agentId: ALICE, change: 'ready' }, T0));
      expect(ready.events.filter((e) => e.type === 'interaction.offered').map((e) => e.data.agentId)).toEqual([ALICE]);
      expect(attributes(id, 'Eic_State', 'Eic_UserName')).toEqual({ Eic_State: 'A', Eic_UserName: 'alice' });
    });
  });

  describe('mute, record, pause', () => {
    it('mutes and unmutes', () => {
      logIn(AGENT);
      const id = call();
      expect(control({ interactionId: id, control: 'mute', on: true })).toMatchObject({ ok: true });
      expect(log.at(-1)).toMatchObject({
        type: 'interaction.controlled',
        data: { control: 'mute', on: true, interaction: { muted: true } },
      });
      expect(attributes(id, 'Eic_Muted').Eic_Muted).toBe('1');
      control({ interactionId: id, control: 'mute', on: false });
      expect(attributes(id, 'Eic_Muted').Eic_Muted).toBe('0');
    });

    it('records as the agent or as a supervisor, pauses and resumes; recording off takes the agent out of its list', () => {
      logIn(AGENT);
      const id = call();
      const recording = (): Record<string, string | undefined> =>
        attributes(id, 'Eic_Recorders', 'Eic_RecordersSupv', 'Eic_RecordingPaused');
      expect(control({ interactionId: id, control: 'pause', on: true })).toMatchObject({
        error: { code: 'invalid_state' },
      });
      control({ interactionId: id, control: 'record', on: true });
      expect(recording()).toEqual({ Eic_Recorders: 'AgentUsername', Eic_RecordersSupv: '', Eic_RecordingPaused: '0' });
      control({ interactionId: id, control: 'pause', on: true });
      expect(recording()).toEqual({ Eic_Recorders: 'AgentUsername', Eic_RecordersSupv: '', Eic_RecordingPaused: '1' });
      control({ interactionId: id, control: 'record', on: true, supervisor: true });
      expect(recording()).toEqual({ Eic_Recorders: '', Eic_RecordersSupv: 'AgentUsername', Eic_RecordingPaused: '1' });
      control({ interactionId: id, control: 'record', on: false });
      expect(recording()).toEqual({ Eic_Recorders: '', Eic_RecordersSupv: '', Eic_RecordingPaused: '0' });
    });

    it('refuses an interaction the agent does not handle', () => {
      logIn(AGENT);
      const id = call();
      expect(control({ interactionId: id, control: 'mute', on: true }, ALICE)).toMatchObject({
        error: { code: 'not_offered_to_agent' },
      });
    });
  });

  describe('custom attributes', () => {
    it('sets them (names in any case are one attribute), appends with a separator, and GWS sees them as user data', () => {
      logIn(AGENT);
      const id = idOf(
        run(
          decideCreateInteraction(
            tenant.state,
            tenant.catalog,
            { agentId: AGENT, kind: 'call', target: '1', attributes: { Notes: 'first' } },
            T0,
          ),
        ).reply,
      );
      const update = (userData: Record<string, unknown>, appendSeparator?: string): InteractionCommandReply =>
        run(
          decideUserData(
            tenant.state,
            {
              interactionId: id,
              agentId: AGENT,
              operation: 'update',
              userData,
              ...(appendSeparator === undefined ? {} : { appendSeparator }),
            },
            T0,
          ),
        ).reply;
      update({ notes: 'second' }, '|');
      update({ NOTES: 'third' }, '');
      update({ Tier: 'Gold' });
      expect(tenant.state.interactions.get(id)?.snapshot.userData).toEqual({
        Notes: 'first|secondthird',
        Tier: 'Gold',
      });
      expect(attributes(id, 'notes', 'TIER')).toEqual({ notes: 'first|secondthird', TIER: 'Gold' });
      update({ Fresh: 'x' }, ';');
      expect(attributes(id, 'Fresh').Fresh).toBe('x');
      update({ Note: 'a', note: 'b' }); // one update, two spellings: one attribute
      expect(JSON.parse(JSON.stringify(tenant.state.interactions.get(id)?.snapshot.userData)) as unknown).toMatchObject(
        { Note: 'b' },
      );
      expect(
        Object.keys(tenant.state.interactions.get(id)?.snapshot.userData ?? {}).filter(
          (key) => key.toLowerCase() === 'note',
        ),
      ).toEqual(['Note']);
      expect(
        decideUserData(
          tenant.state,
          { interactionId: id, agentId: AGENT, operation: 'attach', userData: {}, appendSeparator: ',' },
          T0,
        ).reply,
      ).toMatchObject({
        error: { code: 'invalid_command' },
      });
    });

    it('bounds what an interaction holds in all: growth past the limit is refused, appends included; shrinking is not', () => {
      logIn(AGENT);
      const half = 'x'.repeat(MAX_USER_DATA_BYTES / 2 - 100);
      const tooMuch = { A: half, B: half, C: 'x'.repeat(200) };
      expect(
        run(
          decideCreateInteraction(
            tenant.state,
            tenant.catalog,
            { agentId: AGENT, kind: 'call', target: '1', attributes: tooMuch },
            T0,
          ),
        ).reply,
      ).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_command',
          message: expect.stringContaining(`at most ${String(MAX_USER_DATA_BYTES)} bytes`),
        },
      });
      const id = idOf(
        run(
          decideCreateInteraction(
            tenant.state,
            tenant.catalog,
            { agentId: AGENT, kind: 'call', target: '1', attributes: { A: half } },
            T0,
          ),
        ).reply,
      );
      const change = (
        operation: 'attach' | 'update' | 'delete',
        userData: Record<string, unknown>,
        appendSeparator?: string,
      ): InteractionCommandReply =>
        run(
          decideUserData(
            tenant.state,
            {
              interactionId: id,
              agentId: AGENT,
              operation,
              userData,
              ...(appendSeparator === undefined ? {} : { appendSeparator }),
            },
            T0,
          ),
        ).reply;
      expect(change('attach', { B: half })).toMatchObject({ ok: true });
      // appending grows a value past what any one request may carry: the total is what is bounded
      expect(change('update', { A: half }, '')).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
      expect(change('attach', { C: 'x'.repeat(300) })).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
      expect(tenant.state.interactions.get(id)?.snapshot.userData).toEqual({ A: half, B: half });
      expect(change('delete', { B: '' })).toMatchObject({ ok: true });
    });

    it('answers attributes to any agent of the tenant; only Eic_CallId without names; not an unknown agent', () => {
      logIn(AGENT);
      const id = call();
      expect(readAttributes(tenant.state, { agentId: ALICE, interactionId: id })).toEqual({
        ok: true,
        attributes: { Eic_CallId: id },
      });
      expect(readAttributes(tenant.state, { agentId: 'x', interactionId: id })).toMatchObject({
        error: { code: 'agent_not_found' },
      });
    });
  });
});
