/** Nobody answered: the service is down, restarting or overloaded. Nothing was acted on, or it may be retried. */
export class BusUnavailableError extends Error {
  constructor(
    readonly subject: string,
    readonly reason: 'no-responders' | 'timeout' | 'closed',
    options?: ErrorOptions,
  ) {
    super(`no answer on ${subject}: ${reason}`, options);
    this.name = 'BusUnavailableError';
  }
}

/** The peer answered something that does not match the contract. */
export class BusProtocolError extends Error {
  constructor(readonly subject: string, detail: string) {
    super(`reply on ${subject} does not match the contract: ${detail}`);
    this.name = 'BusProtocolError';
  }
}
