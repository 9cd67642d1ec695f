import type { Platform } from '@switchboard/testing';
import { AgentDesks } from './agent-desks.js';
import type { Figures } from './figures.js';
import { measureInviteLatency } from './invite-latency.js';
import type { StackPlan } from './plan.js';

/**
 * Invoke → CometD invitation with `usernames` (the plan's agents) at their desks, accepting and completing, at each rate
 * of the plan; then the agents sign out, so that the loads after it dispatch into a line no agent takes from.
 */
export async function measureInvitations(
  platform: Platform,
  token: string,
  usernames: readonly string[],
  plan: StackPlan,
  figures: Figures,
): Promise<void> {
  const signInStart = Date.now();
  const desks = await AgentDesks.signIn(platform.baseUrl, usernames);
  console.log(
    `${desks.count} agents signed in over GWS and CometD, Ready (${((Date.now() - signInStart) / 1000).toFixed(1)} s)`,
  );
  try {
    // Not measured: the first invitations pay for JIT and cold caches along the path.
    await measureInviteLatency(
      platform.baseUrl,
      token,
      desks,
      plan.inviteRates[0] ?? 100,
      plan.warmUpSeconds,
      plan.drainSeconds,
    );
    for (const rate of plan.inviteRates) {
      const m = await measureInviteLatency(platform.baseUrl, token, desks, rate, plan.inviteSeconds, plan.drainSeconds);
      const trouble = [
        m.undelivered > 0 ? `${m.undelivered} not delivered within ${plan.drainSeconds} s` : '',
        m.invokeFailures > 0 ? `${m.invokeFailures} Invokes failed` : '',
        m.sentPerSecond < rate * 0.95 ? `only ${m.sentPerSecond.toFixed(0)}/s sent` : '',
        m.benchLoopDelayP99Ms > 20
          ? `the benchmark's own event loop lagged, p99 ${m.benchLoopDelayP99Ms.toFixed(0)} ms`
          : '',
      ].filter((text) => text !== '');
      console.log(
        `Invoke → CometD invitation at ${rate} dispatch/s: p50 ${m.p50Ms.toFixed(1)} ms, p99 ${m.p99Ms.toFixed(1)} ms over ${m.dispatched} interactions` +
          (trouble.length > 0 ? `   (${trouble.join('; ')})` : ''),
      );
      figures.set(`inviteP50MsAt${rate}`, m.p50Ms, 1);
      figures.set(`inviteP99MsAt${rate}`, m.p99Ms, 1);
      figures.set(`invitesUndeliveredAt${rate}`, m.undelivered);
      figures.set(`inviteBenchLoopDelayP99MsAt${rate}`, m.benchLoopDelayP99Ms, 1);
    }
    figures.set('inviteOperationFailures', desks.operationFailures);
  } finally {
    await desks.signOut();
  }
}
