import type { TenantSize } from './synthetic-tenant.js';

/** What `npm run bench:routing` and each size's process (size-worker.ts) say to each other over the fork IPC channel. */
export type ToSizeProcess =
  | { type: 'set-up'; size: TenantSize; seed: number }
  /** `untimed` operations (compiling the code, or warming the caches the other size's turn has just had), then `operations` timed. */
  | { type: 'turn'; untimed: number; operations: number };

export type FromSizeProcess =
  | { type: 'ready'; setupMs: number }
  | {
      type: 'turn-done';
      /** Nanoseconds per decision, in the order made. */
      samples: number[];
      /** Times the process was taken off the CPU against its will while timing: what the machine's load did to the samples. */
      involuntarySwitches: number;
    }
  | { type: 'failed'; message: string };
