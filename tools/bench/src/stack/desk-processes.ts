import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { askChild } from '../processes/ask-child.js';
import { SIGN_INS_IN_FLIGHT } from './agent-desks.js';
import type { FromDeskProcess, ToDeskProcess } from './desk-protocol.js';

const WORKER = fileURLToPath(new URL('./desk-worker.js', import.meta.url));

/** Desks of many agents, spread over child processes (desk-worker.ts), driven as one. */
export class DeskProcesses {
  private constructor(private readonly children: ChildProcess[]) {}

  /** Signs `usernames` in, split evenly over `processes` children; resolves once every desk is connected and Ready. */
  static async signIn(baseUrl: string, usernames: readonly string[], processes: number): Promise<DeskProcesses> {
    const share = Math.ceil(usernames.length / processes);
    // As many sign-ins in flight in all as one process has: two processes at 100 each flooded the platform until
    // CometD requests outlived the client's 10 s network delay (a subscription refused at 9,000 agents).
    const inFlight = Math.max(1, Math.floor(SIGN_INS_IN_FLIGHT / processes));
    const children = Array.from({ length: processes }, () =>
      fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    const desks = new DeskProcesses(children);
    try {
      await Promise.all(
        children.map((child, index) =>
          desks.ask(
            child,
            { type: 'sign-in', baseUrl, usernames: usernames.slice(index * share, (index + 1) * share), inFlight },
            'signed-in',
          ),
        ),
      );
    } catch (error) {
      desks.kill();
      throw error;
    }
    return desks;
  }

  /** Distinct interactions offered to the desks so far, and accepts or completes that failed. */
  async invited(): Promise<{ interactions: number; operationFailures: number }> {
    const counts = await Promise.all(this.children.map((child) => this.ask(child, { type: 'count' }, 'invited')));
    return {
      interactions: counts.reduce((sum, count) => sum + count.interactions, 0),
      operationFailures: counts.reduce((sum, count) => sum + count.operationFailures, 0),
    };
  }

  /** Every agent Not Ready and out of its session, every CometD session disconnected; then the children end. */
  async signOut(): Promise<void> {
    try {
      await Promise.all(this.children.map((child) => this.ask(child, { type: 'sign-out' }, 'signed-out')));
    } finally {
      this.kill();
      await Promise.all(
        this.children
          .filter((child) => child.exitCode === null && child.signalCode === null)
          .map((child) => once(child, 'exit')),
      );
    }
  }

  /** Ends the children still running (their desks' keep-alive sockets and CometD timers would keep them alive). */
  kill(): void {
    for (const child of this.children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  private ask<T extends FromDeskProcess['type']>(
    child: ChildProcess,
    message: ToDeskProcess,
    expected: T,
  ): Promise<Extract<FromDeskProcess, { type: T }>> {
    return askChild<FromDeskProcess, T>(child, message, expected, 'a desk process');
  }
}
