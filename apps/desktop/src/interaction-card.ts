import { button, el } from './dom.js';
import type { InteractionStateMessage } from './gws-types.js';
import { shown, splitUserData } from './linked-data.js';
import { minutesSeconds } from './offer-clock.js';

/** What a card asks the desktop to do: an operation of the GWS API on its interaction. */
export type Operate = (id: string, body: { operationName: string; userData?: Record<string, string> }) => void;

/**
 * One interaction on the desktop: its state, linked data, properties and user data, and a button for each
 * capability the last notification listed (the server says what is valid now; the page never guesses). The user
 * data editor is kept across updates, so that a notification does not wipe what the agent is typing.
 */
export class InteractionCard {
  readonly element: HTMLElement;
  private readonly body = el('div');
  private readonly clock = el('span', { 'data-testid': 'offer-clock' });
  private readonly editor: HTMLFormElement;
  private invitedAt: number | undefined;

  constructor(
    private message: InteractionStateMessage,
    private readonly operate: Operate,
  ) {
    this.element = el('section', { class: 'interaction', 'data-testid': `interaction-${message.id}` }, this.body);
    this.editor = this.userDataEditor();
    this.update(message);
  }

  update(message: InteractionStateMessage): void {
    if (message.state === 'Invited' && this.message.state !== 'Invited') this.invitedAt = undefined;
    this.message = message;
    if (message.state === 'Invited') this.invitedAt ??= performance.now();
    this.element.dataset['state'] = message.state;
    this.body.replaceChildren(...this.render());
    this.tick();
  }

  /** Called every second: how long the invitation has been waiting for the agent's answer. */
  tick(): void {
    this.clock.textContent =
      this.invitedAt === undefined ? '' : `offered ${minutesSeconds(performance.now() - this.invitedAt)} ago`;
  }

  private render(): Node[] {
    const { id, state, capabilities, mediaType, interactionType, currentQueue, externalId, userData } = this.message;
    const { linked, other } = splitUserData(userData);
    const can = (capability: string) => capabilities.includes(capability);
    const act = (operationName: string) => () => {
      this.operate(id, { operationName });
    };
    return [
      el(
        'header',
        {},
        el('strong', {}, `#${id}`),
        el('span', { class: `state state-${state}`, 'data-testid': 'interaction-state' }, state),
        state === 'Invited' ? this.clock : undefined,
      ),
      el(
        'dl',
        { class: 'linked' },
        ...row('Media type', mediaType),
        ...row('Type', interactionType),
        ...row('Route', currentQueue),
        ...row('External id', externalId),
        ...row('Caller (clid)', linked.clid, 'clid'),
        ...row('Name', linked.name, 'name'),
        ...(linked.url === undefined
          ? []
          : [
              el('dt', {}, 'Link'),
              el(
                'dd',
                { 'data-testid': 'link' },
                linked.url.href === undefined
                  ? linked.url.label
                  : el('a', { href: linked.url.href, target: '_blank', rel: 'noopener noreferrer' }, linked.url.label),
              ),
            ]),
      ),
      other.length === 0
        ? el('p', { class: 'muted' }, 'No properties or user data')
        : el(
            'table',
            { class: 'user-data', 'data-testid': 'user-data' },
            el(
              'tbody',
              {},
              ...other.map(([key, value]) => el('tr', {}, el('th', {}, key), el('td', {}, shown(value)))),
            ),
          ),
      el(
        'div',
        { class: 'actions' },
        can('Accept') ? button('Accept', 'accept', act('Accept')) : undefined,
        can('Reject') ? button('Reject', 'reject', act('Reject')) : undefined,
        can('Complete') ? button('Complete', 'complete', act('Complete')) : undefined,
      ),
      can('UpdateUserData') ? this.editor : el('span'),
    ];
  }

  private userDataEditor(): HTMLFormElement {
    const key = el('input', { name: 'key', placeholder: 'key', required: '', 'data-testid': 'user-data-key' });
    const value = el('input', { name: 'value', placeholder: 'value', 'data-testid': 'user-data-value' });
    const form = el(
      'form',
      { class: 'user-data-editor' },
      key,
      value,
      el('button', { type: 'submit', 'data-testid': 'user-data-save' }, 'Save user data'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // UpdateUserData adds a key or replaces its value; the change comes back as a PropertiesUpdated notification
      this.operate(this.message.id, { operationName: 'UpdateUserData', userData: { [key.value]: value.value } });
      form.reset();
    });
    return form;
  }
}

function row(label: string, value: string | undefined, testId?: string): HTMLElement[] {
  if (value === undefined || value === '') return [];
  return [el('dt', {}, label), el('dd', testId === undefined ? {} : { 'data-testid': testId }, value)];
}
