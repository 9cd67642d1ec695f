import { WorkbinsPanel } from './agent/workbins-panel.js';
import { button, el } from './dom.js';
import { GwsError, GwsHttp } from './gws-http.js';
import type { ChannelStateChangeMessageV2, InteractionStateMessage, MeResponse } from './gws-types.js';
import { InteractionCard } from './interaction-card.js';
import { connectNotifications, type Notifications } from './notifications.js';

/** Reasons offered for going not ready (GWS takes any text; these are the desk's usual ones). */
const NOT_READY_REASONS = ['Break', 'Lunch', 'Meeting', 'Training', 'After call work'];
/** States after which an interaction is no longer the agent's: its card goes. */
const GONE = new Set(['Revoked', 'Completed', 'InWorkbin']);

/** What the sign-in form says when the desktop hands back to it. */
export const SESSION_EXPIRED = 'Your session has expired: sign in again';
export const SIGNED_OUT = 'Signed out';

/**
 * The signed-in desktop: the agent's readiness, its interactions as CometD tells them, its workbins, and what it
 * can do. It ends on a sign-out or when the session expired (any 401), handing back to the sign-in form.
 */
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

  private readonly workbins: WorkbinsPanel;
  private notifications: Notifications | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private ended = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly http: GwsHttp,
    private readonly me: MeResponse['user'],
    /** Shows the sign-in form again, with what happened. */
    private readonly signedOut: (notice: string) => void,
  ) {
    this.workbins = new WorkbinsPanel(http, (request, what) => {
      this.run(request, what);
    });
    http.onSessionExpired = () => {
      void this.end(SESSION_EXPIRED);
    };
  }

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
        button('Sign out', 'sign-out', () => {
          void this.signOut();
        }),
      ),
      this.list,
      this.workbins.element,
      el('h2', {}, 'Activity'),
      this.log,
    );
    this.list.append(this.empty);
    // as GET /api/v2/me said at the sign-in (a session that went on without the page, e.g. after it expired, may be
    // ready already); the channel notifications say every change from then on
    this.showReadiness(this.me.loggedIn && this.me.ready);
    if (!this.me.loggedIn) await this.http.post('/api/v2/me', { operationName: 'StartContactCenterSession' });
    const notifications = await connectNotifications({
      interaction: (message) => {
        if (!this.ended) this.onInteraction(message);
      },
      channels: (message) => {
        if (!this.ended) this.onChannels(message);
      },
      workbins: (message) => {
        if (!this.ended) this.workbins.onMessage(message);
      },
      connection: (connected) => {
        this.connection.textContent = connected ? 'connected' : 'reconnecting…';
        this.connection.dataset['connected'] = String(connected);
      },
      expired: () => {
        void this.end(SESSION_EXPIRED);
      },
    });
    this.notifications = notifications;
    if (this.ended) {
      await notifications.disconnect(); // ended while connecting
      return;
    }
    this.ticker = setInterval(() => {
      for (const card of this.cards.values()) card.tick();
    }, 1_000);
    // subscribed to /v2/me/workbins above, so no change after the read is missed
    await this.workbins.load().catch((error: unknown) => {
      this.note(`workbins unavailable: ${error instanceof Error ? error.message : String(error)}`, true);
    });
    // from here on nothing sent to the agent is missed (what a test or an agent waits for before going ready)
    this.connection.dataset['subscribed'] = 'true';
  }

  /**
   * Ends the contact-center session (GWS EndContactCenterSession: offers go back, the agent is logged out) and the
   * CometD session, then shows the sign-in form. The page's session cookie is HttpOnly and GWS has no sign-out
   * that drops it: it stays until it expires, and a sign-in replaces it.
   */
  private async signOut(): Promise<void> {
    if (this.ended) return;
    try {
      await this.http.post('/api/v2/me', { operationName: 'EndContactCenterSession' });
      await this.end(SIGNED_OUT);
    } catch (error) {
      // a 401 has already handed back to the sign-in form (the session had expired anyway)
      if (error instanceof GwsError && error.status === 401) return;
      this.note(`Sign out failed: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  }

  /** Stops everything the desktop runs (the clock, CometD) and hands back to the sign-in form, once. */
  private async end(notice: string): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.http.onSessionExpired = undefined;
    clearInterval(this.ticker);
    await this.notifications?.disconnect();
    this.signedOut(notice);
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
      const created = new InteractionCard(
        message,
        (id, body) => {
          this.run(
            this.http.post(`/api/v2/me/interactions/${encodeURIComponent(id)}`, body),
            `${body.operationName} #${id}${targetOf(body)}`,
          );
        },
        () => this.workbins.workbins,
      );
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
    this.showReadiness(ready, states.find((state) => state.reason !== undefined)?.reason);
  }

  private showReadiness(ready: boolean, reason?: string): void {
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

/** Where an operation sends the interaction, for the activity log. */
function targetOf(body: { userId?: string; queueName?: string; workbin?: string }): string {
  if (body.userId !== undefined) return ` to ${body.userId}`;
  if (body.queueName !== undefined) return ` to ${body.queueName}`;
  return body.workbin === undefined ? '' : ` in ${body.workbin}`;
}
