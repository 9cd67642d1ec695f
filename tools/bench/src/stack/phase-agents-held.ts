import { GENERATED_AGENT_PASSWORD, pollUntil, type Platform } from '@switchboard/testing';
import { inBatches } from './agent-desks.js';
import { DeskProcesses } from './desk-processes.js';
import type { EventLog } from './event-log.js';
import {
  ephemeralPorts,
  hardOpenFileLimitOf,
  heldSizesToTry,
  limitsOf,
  openFileLimitOf,
  openFilesOf,
  type FdBudget,
} from './fd-budget.js';
import type { Figures } from './figures.js';
import { fillLine } from './fill-line.js';
import { postJson } from './http-client.js';
import type { StackPlan } from './plan.js';
import { rssBytesOf } from './process-memory.js';

const KiB = 1024;

/** The sequence numbers of the events one held size wrote, from its first sign-in to its last sign-out. */
export interface LogBlock {
  firstSeq: number;
  lastSeq: number;
}

interface HeldOutcome {
  signInSeconds: number;
  fds: { gateway: number; notifier: number };
  dispatched: number;
  invited: { interactions: number; operationFailures: number };
  holding: { gateway: number; notifier: number };
}

/** Signs `usernames` in on desks in `processes` child processes, dispatches one interaction each, counts what arrived. */
async function holdAgents(
  platform: Platform,
  token: string,
  usernames: readonly string[],
  processes: number,
  plan: StackPlan,
  pids: { gateway: number; notifier: number },
): Promise<HeldOutcome> {
  const signInStart = Date.now();
  const desks = await DeskProcesses.signIn(platform.baseUrl, usernames, processes);
  try {
    const signInSeconds = (Date.now() - signInStart) / 1000;
    const fds = { gateway: await openFilesOf(pids.gateway), notifier: await openFilesOf(pids.notifier) };
    const dispatched = await fillLine(platform.baseUrl, token, usernames.length, plan.batchSize);
    const invited = await pollUntil(
      async () => {
        const count = await desks.invited();
        return count.interactions >= dispatched ? count : undefined;
      },
      { timeoutMs: plan.heldDrainSeconds * 1000, intervalMs: 250, what: `${dispatched} invitations` },
    ).catch(() => desks.invited());
    const holding = { gateway: await rssBytesOf(pids.gateway), notifier: await rssBytesOf(pids.notifier) };
    return { signInSeconds, fds, dispatched, invited, holding };
  } finally {
    await desks.signOut();
  }
}

/** Not Ready and out of their sessions, for agents whose desks are gone; what fails (never signed in) is ignored. */
async function signOutWithoutDesks(baseUrl: string, usernames: readonly string[]): Promise<void> {
  await inBatches(usernames, 50, async (username) => {
    const authorization = `Basic ${Buffer.from(`${username}:${GENERATED_AGENT_PASSWORD}`).toString('base64')}`;
    for (const operationName of ['NotReady', 'EndContactCenterSession']) {
      await postJson(`${baseUrl}/api/v2/me`, { authorization }, JSON.stringify({ operationName })).catch(
        () => undefined,
      );
    }
  });
}

/** The distinct warnings and errors among the platform's log lines (JSON, `level` ≥ 40), at most 5, for a failed size. */
function problemsIn(output: string): string[] {
  const seen = new Set<string>();
  for (const line of output.split('\n')) {
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; name?: string; err?: { message?: string } };
      if ((entry.level ?? 0) >= 40)
        seen.add(
          `${entry.name ?? ''} ${entry.msg ?? ''}${entry.err?.message === undefined ? '' : `: ${entry.err.message}`}`.trim(),
        );
    } catch {
      if (/EMFILE|ENFILE|error/i.test(line)) seen.add(line.slice(0, 200));
    }
    if (seen.size >= 5) break;
  }
  return [...seen];
}

/** The open-file limits and usage of the gateway, the notifier and the benchmark's own (desk) processes now. */
export async function fdBudgetOf(platform: Platform): Promise<FdBudget> {
  const [gateway, notifier] = await Promise.all([platform.pidOf('gateway'), platform.pidOf('notifier')]);
  return {
    gateway: { limit: openFileLimitOf(await limitsOf(gateway)), open: await openFilesOf(gateway) },
    notifier: { limit: openFileLimitOf(await limitsOf(notifier)), open: await openFilesOf(notifier) },
    // a child's soft limit is raised to the hard one, as Node does in every process
    client: { limit: hardOpenFileLimitOf(await limitsOf('self')), open: 32 },
    ephemeralPorts: await ephemeralPorts(),
  };
}

/**
 * The most agents one gateway and one notifier hold over CometD with every invitation delivered: for each size,
 * that many agents sign in and connect through the gateway's public port (desks spread over child processes),
 * one interaction per agent is dispatched, and what reached a desk is counted against what was dispatched; the
 * resident memory of the gateway and the notifier before and while they hold the agents gives the memory per
 * connected agent. A size the open-file limits cannot hold is not attempted, and the reason printed. Resolves with
 * the events of the first size held (a real block of sign-ins and finished interactions, for the restart phase).
 */
export async function measureAgentsHeld(
  platform: Platform,
  token: string,
  log: EventLog,
  usernames: readonly string[],
  plan: StackPlan,
  figures: Figures,
): Promise<LogBlock | undefined> {
  const budget = await fdBudgetOf(platform);
  const [gatewayPid, notifierPid] = await Promise.all([platform.pidOf('gateway'), platform.pidOf('notifier')]);
  let held = 0;
  let firstBlock: LogBlock | undefined;
  for (const check of heldSizesToTry(plan.heldSizes, budget)) {
    const { size } = check;
    if (check.refusal !== undefined) {
      console.log(`${size} agents held: not attempted — ${check.refusal}`);
      figures.note(`agentsHeld${size}NotAttempted`, check.refusal);
      continue;
    }
    if (size > usernames.length) throw new Error(`the tenant has ${usernames.length} agents, ${size} are to be held`);
    const firstSeq = (await log.size()).lastSeq + 1;
    const before = { gateway: await rssBytesOf(gatewayPid), notifier: await rssBytesOf(notifierPid) };
    const outputBefore = platform.output().length;
    let outcome;
    try {
      outcome = await holdAgents(platform, token, usernames.slice(0, size), check.deskProcesses, plan, {
        gateway: gatewayPid,
        notifier: notifierPid,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const fds = { gateway: await openFilesOf(gatewayPid), notifier: await openFilesOf(notifierPid) };
      console.log(
        `${size} agents held: failed — ${reason}   (open files now: gateway ${fds.gateway}, notifier ${fds.notifier})`,
      );
      for (const line of problemsIn(platform.output().slice(outputBefore))) console.log(`  the platform said: ${line}`);
      figures.note(`agentsHeld${size}Failed`, reason);
      // the agents signed in before the failure would otherwise be Ready, without a desk, for the phases after
      await signOutWithoutDesks(platform.baseUrl, usernames.slice(0, size));
      continue;
    }
    const { signInSeconds, fds, dispatched, invited, holding } = outcome;
    firstBlock ??= { firstSeq, lastSeq: (await log.size()).lastSeq };
    const delivered = invited.interactions / Math.max(1, dispatched);
    const perAgentKiB = (name: 'gateway' | 'notifier'): number => (holding[name] - before[name]) / KiB / size;
    console.log(
      `${size} agents held over CometD (${check.deskProcesses} benchmark process${check.deskProcesses === 1 ? '' : 'es'}, signed in in ${signInSeconds.toFixed(1)} s): ` +
        `${invited.interactions} of ${dispatched} invitations delivered (${delivered.toFixed(3)}); ` +
        `memory per connected agent: gateway ${perAgentKiB('gateway').toFixed(1)} KiB, notifier ${perAgentKiB('notifier').toFixed(1)} KiB; ` +
        `open files: gateway ${fds.gateway}, notifier ${fds.notifier}` +
        (invited.operationFailures > 0 ? `   (${invited.operationFailures} accepts or completes failed)` : ''),
    );
    figures.set(`agentsHeld${size}Delivered`, delivered, 3);
    figures.set(`memoryPerAgentKiBGatewayAt${size}`, perAgentKiB('gateway'), 1);
    figures.set(`memoryPerAgentKiBNotifierAt${size}`, perAgentKiB('notifier'), 1);
    figures.set(`signInSecondsAt${size}`, signInSeconds, 1);
    if (invited.interactions >= dispatched && dispatched === size && size > held) {
      held = size;
      figures.set('memoryPerAgentKiBGateway', perAgentKiB('gateway'), 1);
      figures.set('memoryPerAgentKiBNotifier', perAgentKiB('notifier'), 1);
    }
  }
  figures.set('agentsHeld', held);
  console.log(
    `  the most agents held with every invitation delivered: ${held}   (issue 12 goal ≥ 5,000; 20,000 reported)`,
  );
  return firstBlock;
}
