/** What the benchmark and its desk processes (desk-worker.ts) say to each other over the fork IPC channel. */
export type ToDeskProcess =
  | { type: 'sign-in'; baseUrl: string; usernames: string[]; inFlight: number }
  /** How many distinct interactions have been offered to the desks so far. */
  | { type: 'count' }
  | { type: 'sign-out' };

export type FromDeskProcess =
  | { type: 'signed-in'; desks: number }
  | { type: 'invited'; interactions: number; operationFailures: number }
  | { type: 'signed-out' }
  | { type: 'failed'; message: string };
