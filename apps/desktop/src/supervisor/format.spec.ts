import { describe, expect, it } from '@jest/globals';
import {
  agentName,
  agentState,
  duration,
  load,
  passedOverReason,
  periodCounts,
  serviceLevel,
  waitingByPriority,
} from './format.js';

describe('the supervisor view’s figures as text', () => {
  it('writes durations as m:ss, and h:mm:ss from an hour on', () => {
    expect(duration(0)).toBe('0:00');
    expect(duration(59.9)).toBe('0:59');
    expect(duration(61)).toBe('1:01');
    expect(duration(3_600)).toBe('1:00:00');
    expect(duration(3_725)).toBe('1:02:05');
    expect(duration(-3)).toBe('0:00');
  });

  it('writes the service level as a percentage, and a dash while nothing was accepted', () => {
    expect(serviceLevel(undefined)).toBe('—');
    expect(serviceLevel(1)).toBe('100%');
    expect(serviceLevel(0)).toBe('0%');
    expect(serviceLevel(2 / 3)).toBe('67%');
  });

  it('splits the waiting count by priority only when more than one priority waits', () => {
    expect(waitingByPriority(0, [])).toBe('0');
    expect(waitingByPriority(2, [{ priority: 0, waiting: 2 }])).toBe('2');
    expect(
      waitingByPriority(3, [
        { priority: 10, waiting: 1 },
        { priority: 5, waiting: 0 },
        { priority: 0, waiting: 2 },
      ]),
    ).toBe('3 (P10: 1, P0: 2)');
  });

  it('writes a period’s entered / accepted / abandoned / completed', () => {
    expect(periodCounts({ entered: 4, accepted: 2, abandoned: 1, completed: 0 })).toBe('4 / 2 / 1 / 0');
  });

  it('writes an agent’s load by the types it has, its state with the not-ready reason', () => {
    expect(load({ live: 0, chat: 0, nonlive: 0 })).toBe('—');
    expect(load({ live: 1, chat: 0, nonlive: 2 })).toBe('1 live, 2 nonlive');
    expect(agentState('not-ready', 'Lunch')).toBe('Not ready — Lunch');
    expect(agentState('not-ready', '')).toBe('Not ready');
    expect(agentState('wrap-up', undefined)).toBe('Wrap-up');
    expect(agentState('busy', 'Lunch')).toBe('Busy');
  });

  it('explains why agents were passed over, naming the skill or agent, and names agents by user name', () => {
    expect(passedOverReason('not-ready', {})).toBe('not ready');
    expect(passedOverReason('missing-skill', { skill: 'skillMandatory' })).toBe(
      'missing a mandatory skill (skillMandatory)',
    );
    expect(passedOverReason('personal-queue', { agent: 'bob' })).toBe(
      'waiting in another agent’s personal queue (bob)',
    );
    expect(agentName('5466', { '5466': 'bob' })).toBe('bob');
    expect(agentName('9999', {})).toBe('agent 9999');
  });
});
