import type { RoutableAgent, RoutableInteraction, SkillRequirement } from './model.js';

/** Whether a skill requirement is mandatory at `now` (epoch ms) for an interaction queued at `queuedAt`. */
export function isMandatory(skill: SkillRequirement, queuedAt: number, now: number): boolean {
  if (skill.expiryAfterSeconds === undefined) return true;
  if (skill.expiryAfterSeconds === 0) return false;
  return now < queuedAt + skill.expiryAfterSeconds * 1000;
}

/**
 * Logged in, ready, free, and holding every skill that is mandatory now. One interaction at a time per agent
 * until per-type capacity arrives with the routing engine.
 */
export function isEligible(agent: RoutableAgent, interaction: RoutableInteraction, now: number): boolean {
  if (!agent.loggedIn || !agent.ready || agent.activeInteractions > 0) return false;
  return interaction.skills.every(
    (skill) => !isMandatory(skill, interaction.queuedAt, now) || agent.skills.has(skill.name),
  );
}
