// The baseline of `npm run bench:scale-out`: the least a service can do to answer a dispatch durably on this stack —
// nats.js and JetStream, no Switchboard code. It answers the same request subjects as the interactions service for
// the tenants in TENANTS and, per tenant, group-commits like it: the requests that arrive while the tenant's last
// record is being stored wait, then go out as one record (fenced by the subject's last sequence, deduplicated by a
// message id), and each is answered once JetStream acknowledged it. What scaling this out costs per dispatch is what
// the stack itself costs; the interactions service's ratio above this one is Switchboard's own.
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type Msg } from '@nats-io/transport-node';
import { requestSubject } from '@switchboard/contracts';
import { BARE_STREAM, bareLogSubject } from './bare-log.js';

const natsUrl = process.env.NATS_URL;
const tenants = (process.env.TENANTS ?? '').split(',').filter((tenant) => tenant !== '');
if (natsUrl === undefined || tenants.length === 0) throw new Error('NATS_URL and TENANTS are required');

const connection = await connect({ servers: natsUrl, name: `bench-bare-${tenants.join('-')}`, noAsyncTraces: true });
const js = jetstream(connection);

/** One tenant's log writer: at most one record in flight, the requests that came meanwhile in the next. */
class TenantWriter {
  private waiting: Msg[] = [];
  private storing = false;
  private lastSequence = 0;
  private records = 0;

  constructor(private readonly subject: string) {}

  async start(): Promise<void> {
    const stream = await (await jetstreamManager(connection)).streams.get(BARE_STREAM);
    this.lastSequence = (await stream.getMessage({ last_by_subj: this.subject }).catch(() => null))?.seq ?? 0;
  }

  take(request: Msg): void {
    this.waiting.push(request);
    if (!this.storing) this.storeWaiting();
  }

  private storeWaiting(): void {
    const batch = this.waiting;
    this.waiting = [];
    this.storing = true;
    // parsed as the service parses a command: the record holds what was decided from it
    const record = JSON.stringify(batch.map((request) => request.json<unknown>()));
    js.publish(this.subject, record, {
      msgID: `${this.subject}-${this.records++}`,
      expect: { lastSubjectSequence: this.lastSequence },
    }).then(
      (ack) => {
        this.lastSequence = ack.seq;
        batch.forEach((request, index) =>
          request.respond(JSON.stringify({ ok: true, interactionId: `${ack.seq}-${index}` })),
        );
        this.next();
      },
      (error: unknown) => {
        const reply = JSON.stringify({ ok: false, error: { code: 'store-failed', message: String(error) } });
        for (const request of batch) request.respond(reply);
        this.next();
      },
    );
  }

  private next(): void {
    this.storing = false;
    if (this.waiting.length > 0) this.storeWaiting();
  }
}

for (const tenant of tenants) {
  const writer = new TenantWriter(bareLogSubject(tenant));
  await writer.start();
  connection.subscribe(requestSubject('interactionDispatch', tenant), {
    callback: (_, request) => {
      writer.take(request);
    },
  });
}
await connection.flush();
console.log(JSON.stringify({ msg: 'serving', tenants }));
process.once('SIGTERM', () => {
  void connection.drain().then(() => process.exit(0));
});
