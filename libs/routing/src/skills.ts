import type { SkillRequirement } from './model.js';

export const normalizeSkill = (name: string): string => name.trim().toLowerCase();

/** A skill requirement as the engine keeps it: mandatory until `mandatoryUntil` (epoch ms), optional after. */
export interface TimedSkill {
  name: string;
  mandatoryUntil: number;
}

export function timedSkills(skills: readonly SkillRequirement[], queuedAt: number): TimedSkill[] {
  const byName = new Map<string, number>();
  for (const skill of skills) {
    const until =
      skill.expiryAfterSeconds === undefined ? Number.POSITIVE_INFINITY : queuedAt + skill.expiryAfterSeconds * 1000;
    const name = normalizeSkill(skill.name);
    // The same skill twice: the stricter requirement wins.
    byName.set(name, Math.max(byName.get(name) ?? Number.NEGATIVE_INFINITY, until));
  }
  return [...byName]
    .map(([name, mandatoryUntil]) => ({ name, mandatoryUntil }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

export const isMandatoryAt = (skill: TimedSkill, now: number): boolean => now < skill.mandatoryUntil;

/** The times at which a skill stops being mandatory, after `now`. */
export function expiryTimes(skills: readonly TimedSkill[], now: number): number[] {
  return [...new Set(skills.map((s) => s.mandatoryUntil).filter((t) => t > now && Number.isFinite(t)))];
}
