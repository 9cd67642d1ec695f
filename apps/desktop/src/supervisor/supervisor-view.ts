import './supervisor.css';
import { SESSION_EXPIRED, SIGNED_OUT } from '../desktop.js';
import { button, el } from '../dom.js';
import { GwsError, type GwsHttp } from '../gws-http.js';
import { AgentBoard } from './agent-board.js';
import { coalesced } from './coalesced.js';
import { explanationPanel } from './explanation-panel.js';
import { InteractionsBoard, type ListedInteraction } from './interactions-board.js';
import { followLiveStatistics } from './live-statistics.js';
import { QueueBoard } from './queue-board.js';
import type { InteractionRoutingHistory } from './routing-types.js';
import type { AgentStatisticsList } from './statistics-types.js';
import { ApiFailure, apiRequest } from './supervisor-http.js';

/** The signed-in supervisor, as GET /api/v2/me showed it. */
export interface Supervisor {
  id: string;
  userName: string;
}

const routingPath = (id: string, what: 'routing' | 'release') =>
  `/supervisor/v1/interactions/${encodeURIComponent(id)}/${what}`;

/**
 * The supervisor view: live queue and agent boards from the Statistics API's stream, the tenant's active
 * interactions, each one's routing explanation, and the release of one that waits. Everything is read again when
 * the statistics change (the stream sends an event only then), one refresh at a time.
 */
export class SupervisorView {
  private readonly queues = new QueueBoard();
  private readonly agents = new AgentBoard();
  private readonly interactions: InteractionsBoard;
  private readonly explanation = el('div', { 'data-testid': 'explanation-area' });
  private readonly connection = el(
    'span',
    { class: 'connection', 'data-testid': 'statistics-connection' },
    'connecting',
  );
  private readonly message = el('p', { class: 'message', role: 'status', 'data-testid': 'supervisor-message' });
  /** The interaction whose explanation is open: read again with the rest, so that it stays current. */
  private explained: string | undefined;
  private readonly refresh = coalesced(() => this.readBoards());
  private stopStatistics = (): void => undefined;
  private clock: ReturnType<typeof setInterval> | undefined;
  private ended = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly http: GwsHttp,
    private readonly me: Supervisor,
    /** Shows the sign-in form again, with what happened. */
    private readonly signedOut: (notice: string) => void,
  ) {
    http.onSessionExpired = () => {
      this.end(SESSION_EXPIRED);
    };
    this.interactions = new InteractionsBoard(http, {
      explain: (interaction) => {
        this.explained = interaction.id;
        void this.showExplanation(interaction.id, true);
      },
      release: (interaction) => {
        void this.release(interaction);
      },
    });
  }

  start(): void {
    this.queues.element.append(el('p', { class: 'muted' }, 'Waiting for the statistics…'));
    this.root.replaceChildren(
      el(
        'header',
        { class: 'bar' },
        el('strong', { 'data-testid': 'supervisor' }, `${this.me.userName} (${this.me.id}) — supervisor`),
        this.connection,
        button('Sign out', 'sign-out', () => {
          this.end(SIGNED_OUT);
        }),
      ),
      this.message,
      el(
        'div',
        { class: 'supervisor-layout' },
        this.queues.element,
        this.agents.element,
        this.interactions.element,
        this.explanation,
      ),
    );
    this.stopStatistics = followLiveStatistics({
      statistics: (live) => {
        this.queues.show(live);
        void this.refresh();
      },
      connection: (live) => {
        this.connection.textContent = live ? 'live' : 'reconnecting…';
        this.connection.dataset['live'] = String(live);
      },
      refused: (status, why) => {
        if (status === 401) {
          this.end(SESSION_EXPIRED);
          return;
        }
        this.connection.textContent = 'stopped';
        this.connection.dataset['live'] = 'false';
        this.say(`The statistics stream was refused: ${why}`, true);
      },
    });
    void this.refresh();
    this.clock = setInterval(() => {
      this.queues.tick();
      this.agents.tick();
    }, 1_000);
  }

  /**
   * Stops the stream and the clock and hands back to the sign-in form, once. The supervisor view starts no
   * contact-center session, so there is none to end; the HttpOnly session cookie stays until it expires.
   */
  private end(notice: string): void {
    if (this.ended) return;
    this.ended = true;
    this.stopStatistics();
    clearInterval(this.clock);
    this.http.onSessionExpired = undefined;
    this.signedOut(notice);
  }

  /** The agent board, then the interactions (whose agents it names), then the open explanation. */
  private async readBoards(): Promise<void> {
    if (this.ended) return;
    try {
      this.agents.show((await apiRequest('/statistics/v1/agents')) as AgentStatisticsList);
    } catch (error) {
      if (this.expired(error)) return;
      this.say(`Agents could not be read: ${describe(error)}`, true);
    }
    try {
      await this.interactions.refresh(this.agents.names);
    } catch (error) {
      this.say(`Interactions could not be read: ${describe(error)}`, true);
    }
    if (this.explained !== undefined) await this.showExplanation(this.explained);
  }

  /** Shows (or refreshes) the explanation; `reveal` scrolls to it, as when it was just asked for. */
  private async showExplanation(id: string, reveal = false): Promise<void> {
    try {
      const history = (await apiRequest(routingPath(id, 'routing'))) as InteractionRoutingHistory;
      if (this.explained !== id) return; // another one was opened meanwhile
      this.explanation.replaceChildren(
        explanationPanel(history, () => {
          this.closeExplanation();
        }),
      );
      if (reveal) this.explanation.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      if (this.expired(error) || this.explained !== id) return;
      if (error instanceof ApiFailure && error.status === 404) {
        this.closeExplanation();
        this.say(`#${id} has ended: it has no routing any more`);
      } else {
        this.say(`The routing of #${id} could not be read: ${describe(error)}`, true);
      }
    }
  }

  private closeExplanation(): void {
    this.explained = undefined;
    this.explanation.replaceChildren();
  }

  private async release(interaction: ListedInteraction): Promise<void> {
    try {
      await apiRequest(routingPath(interaction.id, 'release'), { method: 'POST' });
      this.say(`#${interaction.id} released`);
    } catch (error) {
      if (this.expired(error)) return;
      this.say(`#${interaction.id} could not be released: ${describe(error)}`, true);
    }
    await this.refresh();
  }

  /** A 401 of the Statistics or Supervisor API: the session expired, the view ends (GwsHttp tells its own). */
  private expired(error: unknown): boolean {
    if (!(error instanceof ApiFailure) || error.status !== 401) return false;
    this.end(SESSION_EXPIRED);
    return true;
  }

  private say(text: string, failed = false): void {
    this.message.textContent = `${new Date().toLocaleTimeString()} ${text}`;
    this.message.classList.toggle('failed', failed);
  }
}

function describe(error: unknown): string {
  if (error instanceof ApiFailure || error instanceof GwsError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
