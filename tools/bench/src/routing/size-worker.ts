// One size of `npm run bench:routing` in a process of its own: its heap, garbage and compiled code are its own,
// so neither size's set-up or collections land in the other's measurement. Driven over the fork IPC channel
// (size-protocol.ts); needs --expose-gc.
import type { FromSizeProcess, ToSizeProcess } from './size-protocol.js';
import { SteadyState } from './steady-state.js';

let state: SteadyState | undefined;

const reply = (message: FromSizeProcess): void => {
  process.send?.(message);
};

function collectGarbage(): void {
  const { gc } = globalThis as { gc?: () => void };
  if (!gc) throw new Error('the size process needs --expose-gc');
  gc();
}

function handle(message: ToSizeProcess): void {
  switch (message.type) {
    case 'set-up': {
      const start = Date.now();
      state = new SteadyState(message.size, message.seed);
      state.setUp();
      // The set-up's garbage is collected now, at both sizes, rather than in whichever turn its collection falls.
      collectGarbage();
      reply({ type: 'ready', setupMs: Date.now() - start });
      return;
    }
    case 'turn': {
      if (!state) throw new Error('turn before set-up');
      state.run(message.untimed);
      const samples: number[] = [];
      const switchesBefore = process.resourceUsage().involuntaryContextSwitches;
      state.run(message.operations, (ns) => samples.push(ns));
      reply({
        type: 'turn-done',
        samples,
        involuntarySwitches: process.resourceUsage().involuntaryContextSwitches - switchesBefore,
      });
      return;
    }
  }
}

process.on('message', (message: ToSizeProcess) => {
  try {
    handle(message);
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
