import type { AgentProfile, RoutableInteraction, SkillRequirement } from '@switchboard/routing';

/** A small seeded PRNG (mulberry32): the same tenant on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TenantSize {
  agents: number;
  skills: number;
  waiting: number;
}

const SKILLS_PER_AGENT = 6;

export class SyntheticTenant {
  private readonly next: () => number;
  private sequence = 0;

  constructor(
    readonly size: TenantSize,
    seed: number,
  ) {
    this.next = random(seed);
  }

  private pick(n: number): number {
    return Math.floor(this.next() * n);
  }

  private skill(): string {
    return `skill${this.pick(this.size.skills)}`;
  }

  agents(): AgentProfile[] {
    return Array.from({ length: this.size.agents }, (_, i) => {
      const skills: Record<string, number> = {};
      while (Object.keys(skills).length < SKILLS_PER_AGENT) skills[this.skill()] = 1 + this.pick(10);
      return { id: `agent${i}`, skills };
    });
  }

  /**
   * A realistic mix: 40 % one mandatory skill, 20 % two (one of them expiring), 20 % only an optional skill,
   * 20 % none; priorities from lowest to highest; one in ten with an SLA.
   */
  interaction(queuedAt: number): RoutableInteraction {
    const roll = this.next();
    const skills: SkillRequirement[] =
      roll < 0.4
        ? [{ name: this.skill() }]
        : roll < 0.6
          ? [{ name: this.skill() }, { name: this.skill(), expiryAfterSeconds: 600 }]
          : roll < 0.8
            ? [{ name: this.skill(), expiryAfterSeconds: 0 }]
            : [];
    return {
      id: `i${(this.sequence += 1)}`,
      type: 'nonlive',
      queuedAt,
      skills,
      priority: 1 + this.pick(5),
      ...(this.next() < 0.1 ? { sla: { targetSeconds: 300 + this.pick(3_000) } } : {}),
      offerTimeoutMs: 3_600_000,
      wrapUpMs: 0,
    };
  }

  agentIndex(): number {
    return this.pick(this.size.agents);
  }
}
