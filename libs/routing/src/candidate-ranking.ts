import type { AgentState } from './agent-index.js';
import type { AgentRanking, CandidateScore } from './model.js';

export interface RankedCandidates {
  chosen: CandidateScore | undefined;
  runnersUp: CandidateScore[];
  /** Candidates passed over for a mandatory skill they lack, by the first such skill. */
  missing: Map<string, number>;
}

interface Scored extends CandidateScore {
  order: number;
}

/**
 * skills-based: more optional-skill matches first, then higher level in the mandatory skills, then idle longest,
 * then roster order. longest-waiting: idle longest, then roster order.
 */
function ranksAbove(a: Scored, b: Scored, ranking: AgentRanking): boolean {
  if (ranking === 'skills-based' && a.optionalMatches !== b.optionalMatches)
    return a.optionalMatches > b.optionalMatches;
  if (ranking === 'skills-based' && a.skillLevel !== b.skillLevel) return a.skillLevel > b.skillLevel;
  if (a.idleSince !== b.idleSince) return a.idleSince < b.idleSince;
  return a.order < b.order;
}

/** The score without the roster order (a tie-break, not part of the explanation); built field by field, not by a rest copy. */
const asScore = (scored: Scored): CandidateScore => ({
  agentId: scored.agentId,
  optionalMatches: scored.optionalMatches,
  skillLevel: scored.skillLevel,
  idleSince: scored.idleSince,
});

/**
 * Ranks free agents for one interaction: keeps those holding every mandatory skill and returns the best, the
 * next `runnersUp` ones, and how many were dropped for which missing skill. One pass, O(candidates × skills).
 */
export function rankCandidates(
  candidates: Iterable<AgentState>,
  mandatory: readonly string[],
  optional: readonly string[],
  runnersUp: number,
  ranking: AgentRanking = 'skills-based',
): RankedCandidates {
  const top: Scored[] = [];
  const missing = new Map<string, number>();
  for (const agent of candidates) {
    const lacking = mandatory.find((skill) => !agent.skills.has(skill));
    if (lacking !== undefined) {
      missing.set(lacking, (missing.get(lacking) ?? 0) + 1);
      continue;
    }
    let skillLevel = 0;
    for (const skill of mandatory) skillLevel += agent.skills.get(skill) ?? 0;
    let optionalMatches = 0;
    for (const skill of optional) if (agent.skills.has(skill)) optionalMatches += 1;
    const scored: Scored = {
      agentId: agent.id,
      optionalMatches,
      skillLevel,
      idleSince: agent.idleSince,
      order: agent.order,
    };
    if (top.length > runnersUp && !ranksAbove(scored, top[top.length - 1] as Scored, ranking)) continue;
    let at = top.length;
    while (at > 0 && ranksAbove(scored, top[at - 1] as Scored, ranking)) at -= 1;
    top.splice(at, 0, scored);
    if (top.length > runnersUp + 1) top.pop();
  }
  const [chosen, ...rest] = top.map(asScore);
  return { chosen, runnersUp: rest, missing };
}
