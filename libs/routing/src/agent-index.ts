import { fits } from './capacity.js';
import { KeyedHeap } from './keyed-heap.js';
import {
  INTERACTION_TYPES,
  type AgentProfile,
  type AgentStatus,
  type CapacityShares,
  type InteractionType,
} from './model.js';
import { SkillIds } from './skill-ids.js';
import { normalizeSkill } from './skills.js';

export interface AgentState {
  id: string;
  /** Roster position: the last tie-break. */
  order: number;
  skills: ReadonlyMap<string, number>;
  /** The skills' ids (see SkillIds), ascending. */
  skillIds: readonly number[];
  loggedIn: boolean;
  status: AgentStatus;
  notReadyReason?: string;
  wrapUpUntil: number;
  idleSince: number;
  /** Percent of the agent in use by offered and connected interactions, and how many of those are live. */
  load: number;
  live: number;
  interactions: Map<string, InteractionType>;
  /** Interaction types whose channel the agent set not ready (GWS per-channel readiness). */
  closed: Set<InteractionType>;
  /** Which of `closed` this agent adds to `readyButClosed` now: what refresh must take back when things change. */
  countedClosed: ReadonlySet<InteractionType>;
  category: AgentCategory;
}

export type AgentCategory = 'logged-out' | 'not-ready' | 'wrap-up' | 'ready';

/** An available agent's place in a longest-idle line, as of when it last became idle. */
interface IdleEntry {
  agent: AgentState;
  idleSince: number;
}

const idleLongerFirst = (a: IdleEntry, b: IdleEntry): number =>
  a.idleSince - b.idleSince || a.agent.order - b.agent.order;

const DEFAULT_LEVEL = 5;

const NONE_CLOSED: ReadonlySet<InteractionType> = new Set();
const NO_AGENTS: ReadonlySet<AgentState> = new Set();
const sameTypes = (a: ReadonlySet<InteractionType>, b: ReadonlySet<InteractionType>): boolean =>
  a.size === b.size && [...a].every((type) => b.has(type));

const categoryOf = (agent: AgentState): AgentCategory => (agent.loggedIn ? agent.status : 'logged-out');

/** Skill name (normalized) → level; a level of 0 or none is the default. */
const skillLevels = (skills: Readonly<Record<string, number>>): Map<string, number> =>
  new Map(Object.entries(skills).map(([name, level]) => [normalizeSkill(name), level || DEFAULT_LEVEL]));

/** The skill's set of holders, made if need be; the list grows slot by slot so it stays a dense array. */
function holdersIn(bySkill: (Set<AgentState> | undefined)[], skill: number): Set<AgentState> {
  while (bySkill.length <= skill) bySkill.push(undefined);
  let holders = bySkill[skill];
  if (!holders) bySkill[skill] = holders = new Set();
  return holders;
}

/**
 * Which agents can take which type of interaction right now, by skill, and in longest-idle order; plus a count
 * of agents in each state, so a decision can say why the others were passed over without looking at them.
 */
export class AgentIndex {
  readonly agents = new Map<string, AgentState>();
  // Agent states, not ids: a decision ranks the pool it is given as it is, without a copy or a lookup per agent.
  private readonly available = Object.fromEntries(INTERACTION_TYPES.map((t) => [t, new Set<AgentState>()])) as Record<
    InteractionType,
    Set<AgentState>
  >;
  /** Per type, the available agents holding each skill, indexed by skill id. */
  private readonly availableBySkill = Object.fromEntries(
    INTERACTION_TYPES.map((t) => [t, [] as Set<AgentState>[]]),
  ) as Record<InteractionType, (Set<AgentState> | undefined)[]>;
  /** Per type, exactly the available agents, longest idle first: an agent leaves the line when it stops being available. */
  private readonly idle = Object.fromEntries(
    INTERACTION_TYPES.map((t) => [t, new KeyedHeap<AgentState, IdleEntry>(idleLongerFirst)]),
  ) as Record<InteractionType, KeyedHeap<AgentState, IdleEntry>>;
  readonly counts: Record<AgentCategory, number> = { 'logged-out': 0, 'not-ready': 0, 'wrap-up': 0, ready: 0 };
  /** Per type, the ready agents with that type's channel not ready: explained without looking at them. */
  private nextOrder = 0;
  readonly readyButClosed = Object.fromEntries(INTERACTION_TYPES.map((t) => [t, 0])) as Record<InteractionType, number>;

  constructor(
    private readonly shares: CapacityShares,
    private readonly skillIds: SkillIds = new SkillIds(),
  ) {}

  add(profile: AgentProfile, at: number): AgentState {
    const skills = skillLevels(profile.skills);
    const agent: AgentState = {
      id: profile.id,
      // never reused after a removal, so two agents never tie on it
      order: (this.nextOrder += 1),
      skills,
      skillIds: this.skillIds.sortedIds(skills.keys()),
      loggedIn: false,
      status: 'not-ready',
      wrapUpUntil: 0,
      idleSince: at,
      load: 0,
      live: 0,
      interactions: new Map(),
      closed: new Set(),
      countedClosed: NONE_CLOSED,
      category: 'logged-out',
    };
    this.agents.set(agent.id, agent);
    this.counts['logged-out'] += 1;
    return agent;
  }

  /**
   * The agent's skills or levels changed (configured live): it leaves the by-skill sets of its old skills and joins
   * those of its new ones for each type it is available for; its state and place in the idle lines stay.
   */
  reskill(agent: AgentState, skills: Readonly<Record<string, number>>): void {
    const availableFor = INTERACTION_TYPES.filter((type) => this.available[type].has(agent));
    for (const type of availableFor)
      for (const skill of agent.skillIds) this.availableBySkill[type][skill]?.delete(agent);
    agent.skills = skillLevels(skills);
    agent.skillIds = this.skillIds.sortedIds(agent.skills.keys());
    for (const type of availableFor)
      for (const skill of agent.skillIds) holdersIn(this.availableBySkill[type], skill).add(agent);
  }

  /** Off the roster (removed live): out of every index and count. The caller has freed what it held. */
  remove(agent: AgentState): void {
    agent.loggedIn = false;
    this.refresh(agent, false);
    this.counts[agent.category] -= 1;
    this.agents.delete(agent.id);
  }

  canTake(agent: AgentState, type: InteractionType): boolean {
    return (
      agent.loggedIn &&
      agent.status === 'ready' &&
      !agent.closed.has(type) &&
      fits(this.shares, agent.load, agent.live, type)
    );
  }

  /** Brings the indexes up to date with the agent; true when it can take some type of interaction now. */
  refresh(agent: AgentState, idleChanged: boolean): boolean {
    const category = categoryOf(agent);
    if (category !== agent.category) {
      this.counts[agent.category] -= 1;
      this.counts[category] += 1;
      agent.category = category;
    }
    const closedNow = category === 'ready' ? agent.closed : NONE_CLOSED;
    if (!sameTypes(closedNow, agent.countedClosed)) {
      for (const type of INTERACTION_TYPES) {
        this.readyButClosed[type] += Number(closedNow.has(type)) - Number(agent.countedClosed.has(type));
      }
      agent.countedClosed = new Set(closedNow);
    }
    let any = false;
    for (const type of INTERACTION_TYPES) {
      const can = this.canTake(agent, type);
      any ||= can;
      const set = this.available[type];
      const was = set.has(agent);
      if (can && (!was || idleChanged)) this.idle[type].set(agent, { agent, idleSince: agent.idleSince });
      if (can === was) continue;
      const bySkill = this.availableBySkill[type];
      for (const skill of agent.skillIds) {
        if (can) holdersIn(bySkill, skill).add(agent);
        else bySkill[skill]?.delete(agent);
      }
      if (can) {
        set.add(agent);
      } else {
        set.delete(agent);
        this.idle[type].delete(agent);
      }
    }
    return any;
  }

  availableFor(type: InteractionType): ReadonlySet<AgentState> {
    return this.available[type];
  }

  availableWithSkill(type: InteractionType, skill: string): ReadonlySet<AgentState> {
    const id = this.skillIds.known(skill);
    return (id === undefined ? undefined : this.availableBySkill[type][id]) ?? NO_AGENTS;
  }

  /** The available agent idle longest, in O(1). */
  longestIdle(type: InteractionType): AgentState | undefined {
    return this.idle[type].peek()?.agent;
  }

  /** How many agents wait in the type's longest-idle line: exactly those available for it (tests hold it to that). */
  idleLineLength(type: InteractionType): number {
    return this.idle[type].size;
  }
}
