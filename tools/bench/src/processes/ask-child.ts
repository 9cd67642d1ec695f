import type { ChildProcess } from 'node:child_process';

/** What a benchmark's child process answers over IPC: typed messages, one of which says it failed. */
type Answer = { type: string } | { type: 'failed'; message: string };

/**
 * Sends `message` to a forked child and resolves with its first answer of type `expected`; rejects when it answers
 * `failed` or exits first. Other answers are not this question's and are passed over. `who` names the child in errors.
 */
export function askChild<From extends Answer, T extends From['type']>(
  child: ChildProcess,
  message: { readonly type: string; readonly [field: string]: unknown },
  expected: T,
  who: string,
): Promise<Extract<From, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: From): void => {
      if (answer.type === 'failed') {
        settle();
        reject(new Error(`${who} failed: ${(answer as { message?: unknown }).message as string}`));
      } else if (answer.type === expected) {
        settle();
        resolve(answer as Extract<From, { type: T }>);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      settle();
      reject(
        new Error(`${who} exited (code ${String(code)}, signal ${String(signal)}) before answering ${message.type}`),
      );
    };
    const settle = (): void => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send(message);
  });
}
