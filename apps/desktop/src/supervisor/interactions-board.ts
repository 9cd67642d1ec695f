import type { GwsApi } from '@switchboard/contracts';
import { button, el } from '../dom.js';
import type { GwsHttp } from '../gws-http.js';
import { agentName } from './format.js';

/** An interaction as GET /api/v2/interactions lists it to a supervisor (the GWS contract's Interaction). */
export type ListedInteraction = GwsApi.components['schemas']['Interaction'];

type InteractionPage = GwsApi.paths['/api/v2/interactions']['get']['responses']['200']['content']['application/json'];

/**
 * What a supervisor may release: what waits for an agent, and an offer not accepted yet (a stuck one: the Supervisor
 * API withdraws it). Accepted or parked work is its agent's to end (the API answers 409).
 */
const RELEASABLE = new Set<ListedInteraction['state']>(['Queued', 'Invited']);

/** One page of the list (the contract's maximum); the board reads at most MAX_SHOWN, oldest first. */
const PAGE_LIMIT = 500;
const MAX_SHOWN = 2_000;

export interface InteractionActions {
  explain(interaction: ListedInteraction): void;
  release(interaction: ListedInteraction): void;
}

/**
 * The tenant's active interactions, oldest first (GWS GET /api/v2/interactions, a supervisor's, read page by page):
 * where each is and with whom. Its id opens the routing explanation; one that waits (or is offered, not yet
 * accepted) can be released.
 */
export class InteractionsBoard {
  readonly element = el('section', { class: 'board', 'data-testid': 'interactions-board' });
  private interactions: ListedInteraction[] = [];
  private total = 0;

  constructor(
    private readonly http: GwsHttp,
    private readonly actions: InteractionActions,
  ) {}

  /** Reads the list again and shows it with agents by the user names given. */
  async refresh(names: Record<string, string>): Promise<void> {
    const read: ListedInteraction[] = [];
    let total = 0;
    do {
      const page = (await this.http.get(
        `/api/v2/interactions?offset=${read.length}&limit=${PAGE_LIMIT}`,
      )) as InteractionPage;
      total = page.totalCount;
      if (page.interactions.length === 0) break; // the list shrank while it was read
      read.push(...page.interactions);
    } while (read.length < total && read.length < MAX_SHOWN);
    this.interactions = read;
    this.total = total;
    this.render(names);
  }

  render(names: Record<string, string>): void {
    this.element.replaceChildren(
      el('h2', {}, `Interactions (${this.total})`),
      this.interactions.length === 0
        ? el('p', { class: 'muted', 'data-testid': 'no-active-interactions' }, 'No active interactions')
        : el(
            'table',
            { class: 'grid' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                ...['Interaction', 'External id', 'Route', 'State', 'Agent', 'Type', 'Received', ''].map((heading) =>
                  el('th', {}, heading),
                ),
              ),
            ),
            el('tbody', {}, ...this.interactions.map((interaction) => this.row(interaction, names))),
          ),
      this.total > this.interactions.length
        ? el('p', { class: 'muted' }, `The oldest ${this.interactions.length} of ${this.total} shown`)
        : '',
    );
  }

  private row(interaction: ListedInteraction, names: Record<string, string>): HTMLElement {
    const explain = button(`#${interaction.id}`, 'explain', () => {
      this.actions.explain(interaction);
    });
    explain.title = 'Why it went where it went';
    explain.classList.add('link');
    return el(
      'tr',
      { 'data-testid': 'interaction-row', 'data-id': interaction.id, 'data-state': interaction.state },
      el('th', { scope: 'row' }, explain),
      el('td', {}, interaction.externalId ?? ''),
      el('td', {}, interaction.currentQueue ?? ''),
      el(
        'td',
        { 'data-testid': 'interaction-state' },
        interaction.workbin === undefined ? interaction.state : `${interaction.state} (${interaction.workbin})`,
      ),
      el(
        'td',
        { 'data-testid': 'interaction-agent' },
        interaction.agentId === undefined ? '' : agentName(interaction.agentId, names),
      ),
      el('td', {}, `${interaction.mediaType} (${interaction.interactionType})`),
      el('td', {}, interaction.receivedDate),
      el(
        'td',
        {},
        RELEASABLE.has(interaction.state)
          ? button('Release', 'release', () => {
              this.actions.release(interaction);
            })
          : undefined,
      ),
    );
  }
}
