/**
 * Runs `task` when asked, never two at a time: asked while it runs, it runs once more after, however often it was
 * asked meanwhile. The boards refresh on every statistics event; a slow answer must not pile requests up.
 */
export function coalesced(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let asked = 0;
  const run = async (): Promise<void> => {
    for (;;) {
      const before = asked;
      await task().catch(() => undefined);
      if (asked === before) break;
    }
    running = undefined;
  };
  return () => {
    asked += 1;
    running ??= run();
    return running;
  };
}
