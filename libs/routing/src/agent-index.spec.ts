import { describe, expect, it } from '@jest/globals';
import { AgentIndex } from './agent-index.js';
import { DEFAULT_CAPACITY } from './capacity.js';

describe('AgentIndex', () => {
  it('keeps each longest-idle line to the agents available now, whatever types are ever asked for', () => {
    // Only nonlive work is ever routed here: the live and chat lines are never read, so nothing drains them on
    // the way. They must not keep one entry per time an agent was freed.
    const index = new AgentIndex(DEFAULT_CAPACITY);
    const agent = index.add({ id: 'a', skills: { billing: 3 } }, 0);
    agent.loggedIn = true;
    agent.status = 'ready';
    for (let at = 1; at <= 1_000; at += 1) {
      agent.load = 0;
      agent.idleSince = at;
      index.refresh(agent, true); // freed
      agent.load = 100;
      index.refresh(agent, true); // took nonlive work
    }
    for (const type of ['live', 'chat', 'nonlive'] as const) expect(index.idleLineLength(type)).toBe(0);

    agent.load = 0;
    index.refresh(agent, true);
    for (const type of ['live', 'chat', 'nonlive'] as const) expect(index.idleLineLength(type)).toBe(1);
    expect(index.longestIdle('chat')?.id).toBe('a');
  });
});
