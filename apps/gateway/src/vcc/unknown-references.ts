import type { VccApi } from '@switchboard/contracts';
import type { TenantRules } from '../auth/tenant-directory.js';

type Invocation = VccApi.components['schemas']['Invocation'];

/**
 * Skill names and personal-queue agents that the tenant does not have, each named with where it is. Checked for
 * the whole batch before any request is acted on, so a typo is a 400, never a silent drop or half a batch.
 */
export function unknownReferences(invocation: Invocation, rules: TenantRules): string[] {
  const problems: string[] = [];
  invocation.requests.forEach((request, index) => {
    if (request.action === 'release') return;
    request.routingdata?.skills?.forEach((skill, skillIndex) => {
      if (!rules.skills.has(skill.name.toLowerCase())) {
        problems.push(`requests[${index}].routingdata.skills[${skillIndex}].name: no skill named "${skill.name}"`);
      }
    });
    const agent = request.routingdata?.personalqueue?.agent;
    if (agent !== undefined && !rules.usernames.has(agent.toLowerCase())) {
      problems.push(`requests[${index}].routingdata.personalqueue.agent: no agent with username "${agent}"`);
    }
  });
  return problems;
}
