import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { RoutingEngineSnapshot } from './engine-snapshot.js';
import type { AgentProfile, InteractionType, RoutableInteraction, RoutingDecision } from './model.js';
import { RoutingEngine } from './routing-engine.js';
import { applyDecision } from './testing/drive.js';

const ROSTER: AgentProfile[] = [
  { id: 'a', skills: { x: 5 } },
  { id: 'b', skills: { x: 3, y: 7 } },
  { id: 'c', skills: { y: 2 } },
  { id: 'd', skills: {} },
];
const CAPACITY = { live: 51, chat: 33, nonlive: 20 };
const SHARE: Record<InteractionType, number> = CAPACITY;

type Command =
  | { kind: 'enqueue'; interaction: Omit<RoutableInteraction, 'id' | 'queuedAt'> }
  | { kind: 'login' | 'logout' | 'ready' | 'not-ready'; agent: number }
  | { kind: 'accept' | 'reject' | 'complete' | 'release'; pick: number }
  | { kind: 'advance'; ms: number };

const skillArb = fc.record(
  {
    name: fc.constantFrom('x', 'y', 'z', 'X'),
    expiryAfterSeconds: fc.option(fc.constantFrom(0, 5, 30), { nil: undefined }),
  },
  { requiredKeys: ['name'] },
);
const enqueueArb = fc.record({
  kind: fc.constant('enqueue' as const),
  interaction: fc.record(
    {
      type: fc.constantFrom<InteractionType>('live', 'chat', 'nonlive'),
      skills: fc.array(skillArb, { maxLength: 2 }),
      priority: fc.constantFrom(1, 3, 5),
      sla: fc.record({ targetSeconds: fc.constantFrom(10, 60) }),
      personalQueue: fc.record({
        agentId: fc.constantFrom('a', 'b', 'c', 'd'),
        loggedInTimeoutSeconds: fc.constantFrom(0, 5, 20),
        loggedOutTimeoutSeconds: fc.constantFrom(0, 5, 20),
      }),
      offerTimeoutMs: fc.constantFrom(5_000, 20_000),
      wrapUpMs: fc.constantFrom(0, 3_000),
    },
    { requiredKeys: ['type', 'skills', 'priority', 'offerTimeoutMs', 'wrapUpMs'] },
  ),
});
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: enqueueArb },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('login' as const, 'logout' as const, 'ready' as const, 'not-ready' as const),
      agent: fc.nat(3),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('accept' as const, 'reject' as const, 'complete' as const, 'release' as const),
      pick: fc.nat(20),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 30_000 }) }),
  },
);

interface Tracked {
  request: RoutableInteraction;
  order: number;
}

/** Interactions that wait in the same line: same type, requirements and priority, no personal queue or SLA. */
const lineOf = (r: RoutableInteraction): string | undefined =>
  r.personalQueue || r.sla ? undefined : JSON.stringify([r.type, r.skills, r.priority]);

interface Outcome {
  decisions: RoutingDecision[];
  engine: RoutingEngine;
  tracked: Map<string, Tracked>;
  now: number;
}

/**
 * Runs commands, checking the invariants at every decision. With `restartAfter`, the engine is replaced after that
 * command by one restored from its snapshot, taken through v8's serializer as the interactions service stores it.
 */
function run(commands: readonly Command[], restartAfter?: number): Outcome {
  let engine = new RoutingEngine(ROSTER, { capacity: CAPACITY });
  const tracked = new Map<string, Tracked>();
  const decisions: RoutingDecision[] = [];
  let now = 0;
  let next = 0;
  const pick = (n: number, status: 'offered' | 'connected' | undefined): string | undefined => {
    const ids = [...tracked.keys()].filter(
      (id) => status === undefined || engine.interaction(id, now)?.status === status,
    );
    return ids.length === 0 ? undefined : ids[n % ids.length];
  };

  const checkOffer = (decision: Extract<RoutingDecision, { kind: 'offer' }>): void => {
    const view = engine.interaction(decision.interactionId, now);
    const mine = tracked.get(decision.interactionId);
    // at most one open offer per interaction: only a waiting interaction is offered
    expect(view?.status).toBe('waiting');
    if (!view || !mine) return;
    const agent = ROSTER.find((a) => a.id === decision.agentId);
    if (view.personalQueueActive) {
      expect(decision.agentId).toBe(mine.request.personalQueue?.agentId);
    } else {
      const held = Object.keys(agent?.skills ?? {});
      for (const skill of view.mandatorySkills) expect(held).toContain(skill);
    }
    const line = lineOf(mine.request);
    if (line === undefined) return;
    for (const [id, other] of tracked) {
      const older =
        other.request.queuedAt < mine.request.queuedAt ||
        (other.request.queuedAt === mine.request.queuedAt && other.order < mine.order);
      if (older && lineOf(other.request) === line && engine.interaction(id, now)?.status === 'waiting') {
        throw new Error(`${decision.interactionId} overtook the older ${id} in the same line`);
      }
    }
  };

  const checkAgents = (): void => {
    const holders = new Map<string, string>();
    for (const { id } of ROSTER) {
      const view = engine.agent(id);
      if (!view) continue;
      const types = view.interactions.map((i) => tracked.get(i)?.request.type ?? 'nonlive');
      expect(types.reduce((sum, t) => sum + SHARE[t], 0)).toBeLessThanOrEqual(100);
      expect(types.filter((t) => t === 'live').length).toBeLessThanOrEqual(1);
      for (const interactionId of view.interactions) {
        expect(holders.get(interactionId)).toBeUndefined();
        holders.set(interactionId, id);
      }
    }
  };

  const settle = (): void => {
    for (let decision = engine.nextDecision(now); decision; decision = engine.nextDecision(now)) {
      if (decision.kind === 'offer') checkOffer(decision);
      decisions.push(decision);
      applyDecision(engine, decision, now);
      checkAgents();
    }
  };

  for (const [index, command] of commands.entries()) {
    switch (command.kind) {
      case 'enqueue': {
        const request = { ...command.interaction, id: `i${next}`, queuedAt: now };
        tracked.set(request.id, { request, order: (next += 1) });
        engine.enqueue(request, now);
        break;
      }
      case 'login':
        engine.logIn(ROSTER[command.agent]?.id ?? 'a', now);
        break;
      case 'logout':
        engine.logOut(ROSTER[command.agent]?.id ?? 'a', now);
        break;
      case 'ready':
        if (engine.agent(ROSTER[command.agent]?.id ?? 'a')?.loggedIn)
          engine.setReady(ROSTER[command.agent]?.id ?? 'a', now);
        break;
      case 'not-ready':
        engine.setNotReady(ROSTER[command.agent]?.id ?? 'a', 'break', now);
        break;
      case 'accept': {
        const id = pick(command.pick, 'offered');
        const view = id === undefined ? undefined : engine.interaction(id, now);
        if (id !== undefined && view?.leaseUntil !== undefined && now < view.leaseUntil) engine.accept(id, now);
        break;
      }
      case 'reject': {
        const id = pick(command.pick, 'offered');
        if (id !== undefined) engine.returnToQueue(id, now, true);
        break;
      }
      case 'complete': {
        const id = pick(command.pick, 'connected');
        if (id !== undefined) {
          engine.complete(id, now);
          tracked.delete(id);
        }
        break;
      }
      case 'release': {
        const id = pick(command.pick, undefined);
        if (id !== undefined) {
          engine.remove(id, now);
          tracked.delete(id);
        }
        break;
      }
      case 'advance':
        now += command.ms;
        break;
    }
    settle();
    if (index === restartAfter) {
      const stored: unknown = deserialize(serialize(engine.snapshot()));
      engine = RoutingEngine.restore(ROSTER, { capacity: CAPACITY }, stored as RoutingEngineSnapshot, now);
    }
  }
  return { decisions, engine, tracked, now };
}

/** A free agent that could take the interaction now, by the rules, if there is one. */
function freeAgentFor({ engine, tracked, now }: Outcome, interactionId: string): string | undefined {
  const view = engine.interaction(interactionId, now);
  const request = tracked.get(interactionId)?.request;
  if (!view || !request) return undefined;
  return ROSTER.find(({ id, skills }) => {
    const agent = engine.agent(id);
    if (!agent?.loggedIn || agent.status !== 'ready') return false;
    const types = agent.interactions.map((i) => tracked.get(i)?.request.type ?? 'nonlive');
    if (request.type === 'live' && types.includes('live')) return false;
    if (types.reduce((sum, t) => sum + SHARE[t], 0) + SHARE[request.type] > 100) return false;
    if (view.personalQueueActive) return id === request.personalQueue?.agentId;
    return view.mandatorySkills.every((skill) => skill in skills);
  })?.id;
}

const sequences = fc.array(commandArb, { minLength: 20, maxLength: 120, size: 'max' });

describe('routing invariants over random sequences of events', () => {
  it('never overloads an agent, never breaks a mandatory skill or an active personal queue, never double-offers, keeps first in first out', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        run(commands);
      }),
      { numRuns: 500 },
    );
  });

  it('makes the same decisions for the same sequence', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        expect(run(commands).decisions).toEqual(run(commands).decisions);
      }),
      { numRuns: 100 },
    );
  });

  it('decides after a restore from a snapshot exactly as without one, wherever the snapshot is taken', () => {
    fc.assert(
      fc.property(sequences, fc.nat(), (commands, at) => {
        const straight = run(commands);
        const restored = run(commands, at % commands.length);
        expect(restored.decisions).toEqual(straight.decisions);
        for (const { id } of ROSTER) expect(restored.engine.agent(id)).toEqual(straight.engine.agent(id));
        for (const id of straight.tracked.keys())
          expect(restored.engine.interaction(id, straight.now)).toEqual(straight.engine.interaction(id, straight.now));
        expect(restored.engine.nextTimerAt()).toEqual(straight.engine.nextTimerAt());
      }),
      { numRuns: 300 },
    );
  });

  it('routes everything routable: after settling, no waiting interaction has a free agent that may take it', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        const outcome = run(commands);
        for (const id of outcome.tracked.keys()) {
          if (outcome.engine.interaction(id, outcome.now)?.status !== 'waiting') continue;
          expect({ id, freeAgent: freeAgentFor(outcome, id) }).toEqual({ id, freeAgent: undefined });
        }
      }),
      { numRuns: 300 },
    );
  });
});
