import { button, el } from './dom.js';
import { GwsError, GwsHttp } from './gws-http.js';
import type { ChannelStateChangeMessageV2, InteractionStateMessage, MeResponse } from './gws-types.js';
import { InteractionCard } from './interaction-card.js';
import { connectNotifications } from './notifications.js';

/** Reasons offered for going not ready (GWS takes any text; these are the desk's usual ones). */
const NOT_READY_REASONS = ['Break', 'Lunch', 'Meeting', 'Training', 'After call work'];
/** States after which an interaction is no longer the agent's: its card goes. */
const GONE = new Set(['Revoked', 'Completed', 'InWorkbin']);

/** The signed-in desktop: the agent's readiness, its interactions as CometD tells them, and what it can do. */
export class Desktop {
  private readonly cards = new Map<string, InteractionCard>();
  private readonly list = el('div', { class: 'interactions', 'data-testid': 'interactions' });
  private readonly empty = el('p', { class: 'muted', 'data-testid': 'no-interactions' }, 'No interactions');
  private readonly readiness = el('span', { class: 'readiness', 'data-testid': 'readiness' }, '…');
  private readonly connection = el('span', { class: 'connection', 'data-testid': 'connection' }, 'connecting');
  private readonly log = el('ol', { class: 'log', 'data-testid': 'log' });
  private readonly reason = el(
    'select',
    { 'data-testid': 'not-ready-reason', 'aria-label': 'Not ready reason' },
    ...NOT_READY_REASONS.map((reason) => el('option', { value: reason }, reason)),
  );

  constructor(
    private readonly root: HTMLElement,
    private readonly http: GwsHttp,
    private readonly me: MeResponse['user'],
  ) {}

  async start(): Promise<void> {
    this.root.replaceChildren(
      el(
        'header',
        { class: 'bar' },
        el('strong', { 'data-testid': 'agent' }, `${this.me.userName} (${this.me.id})`),
        this.readiness,
        button('Ready', 'ready', () => {
          this.run(this.http.post('/api/v2/me', { operationName: 'Ready' }), 'ready');
        }),
        this.reason,
        button('Not ready', 'not-ready', () => {
          const reason = this.reason.value;
          this.run(this.http.post('/api/v2/me', { operationName: 'NotReady', reason }), `not ready (${reason})`);
        }),
        this.connection,
      ),
      this.list,
      el('h2', {}, 'Activity'),
      this.log,
    );
    this.list.append(this.empty);
    if (!this.me.loggedIn) await this.http.post('/api/v2/me', { operationName: 'StartContactCenterSession' });
    await connectNotifications({
      interaction: (message) => {
        this.onInteraction(message);
      },
      channels: (message) => {
        this.onChannels(message);
      },
      connection: (connected) => {
        this.connection.textContent = connected ? 'connected' : 'reconnecting…';
        this.connection.dataset['connected'] = String(connected);
      },
    });
    // from here on nothing sent to the agent is missed (what a test or an agent waits for before going ready)
    this.connection.dataset['subscribed'] = 'true';
    setInterval(() => {
      for (const card of this.cards.values()) card.tick();
    }, 1_000);
  }

  private onInteraction(message: InteractionStateMessage): void {
    const card = this.cards.get(message.id);
    if (GONE.has(message.state)) {
      if (card !== undefined) {
        card.element.remove();
        this.cards.delete(message.id);
      }
      this.note(`#${message.id} ${message.state}`);
    } else if (card === undefined) {
      const created = new InteractionCard(message, (id, body) => {
        this.run(
          this.http.post(`/api/v2/me/interactions/${encodeURIComponent(id)}`, body),
          `${body.operationName} #${id}`,
        );
      });
      this.cards.set(message.id, created);
      this.list.append(created.element);
      if (message.state === 'Invited') this.note(`#${message.id} offered`);
    } else {
      card.update(message);
    }
    this.empty.hidden = this.cards.size > 0;
  }

  /** The agent is ready when any channel is (as GWS's /api/v2/me says); otherwise the first reason given. */
  private onChannels(message: ChannelStateChangeMessageV2): void {
    const states = message.channels.map((channel) => channel.userState);
    const ready = states.some((state) => state.state === 'Ready');
    const reason = states.find((state) => state.reason !== undefined)?.reason;
    this.readiness.textContent = ready ? 'Ready' : reason === undefined ? 'Not ready' : `Not ready — ${reason}`;
    this.readiness.dataset['ready'] = String(ready);
  }

  /** Runs a request; a refusal (e.g. an offer already taken back) is told in the activity log, not thrown. */
  private run(request: Promise<unknown>, what: string): void {
    request.then(
      () => {
        this.note(what);
      },
      (error: unknown) => {
        this.note(`${what} failed: ${error instanceof GwsError ? error.message : String(error)}`, true);
      },
    );
  }

  private note(text: string, failed = false): void {
    const entry = el('li', failed ? { class: 'failed' } : {}, `${new Date().toLocaleTimeString()} ${text}`);
    this.log.prepend(entry);
    while (this.log.children.length > 50) this.log.lastElementChild?.remove();
  }
}
