import { button, el } from './dom.js';
import type { InteractionStateMessage, Workbin } from './gws-types.js';
import { shown, splitUserData } from './linked-data.js';
import { offerClockText, type OfferTiming } from './offer-clock.js';

/** An operation of the GWS API on an interaction (the contract's InteractionOperation, as far as the page uses it). */
export interface InteractionOperation {
  operationName: string;
  userData?: Record<string, string>;
  /** SingleStepTransfer: the agent it goes to (id or user name). */
  userId?: string;
  /** PlaceInQueue: the named route it goes on through. */
  queueName?: string;
  /** PlaceInWorkbin: where it is parked. */
  workbin?: string;
}

/** What a card asks the desktop to do: an operation of the GWS API on its interaction. */
export type Operate = (id: string, body: InteractionOperation) => void;

/**
 * One interaction on the desktop: its state, linked data, properties and user data, and a button for each
 * capability the last notification listed (the server says what is valid now; the page never guesses). The user
 * data editor is kept across updates, so that a notification does not wipe what the agent is typing.
 */
export class InteractionCard {
  readonly element: HTMLElement;
  private readonly body = el('div');
  private readonly clock = el('span', { class: 'offer-clock', 'data-testid': 'offer-clock' });
  private readonly editor: HTMLFormElement;
  private readonly transfers: HTMLElement;
  private readonly parking: { form: HTMLFormElement; workbin: HTMLSelectElement };
  private offer: OfferTiming | undefined;

  constructor(
    private message: InteractionStateMessage,
    private readonly operate: Operate,
    /** The agent's workbins, as the desktop knows them when the card is drawn. */
    private readonly workbins: () => readonly Workbin[],
  ) {
    this.element = el('section', { class: 'interaction', 'data-testid': `interaction-${message.id}` }, this.body);
    this.editor = this.userDataEditor();
    this.transfers = el(
      'div',
      { class: 'transfers' },
      this.targetForm('Transfer to agent', 'agent id or user name', 'transfer-agent', (target) => ({
        operationName: 'SingleStepTransfer',
        userId: target,
      })),
      this.targetForm('Transfer to route', 'route name', 'transfer-route', (target) => ({
        operationName: 'PlaceInQueue',
        queueName: target,
      })),
    );
    this.parking = this.parkingForm();
    this.update(message);
  }

  update(message: InteractionStateMessage): void {
    // a new invitation (the first, or one after the card was left) starts a new clock; a later one may bring a lease
    if (message.state !== 'Invited') this.offer = undefined;
    else if (this.offer === undefined || this.message.state !== 'Invited') this.offer = offerOf(message);
    else if (this.offer.remainingMs === undefined && message.switchboardOfferLease !== undefined) {
      this.offer = offerOf(message);
    }
    this.message = message;
    this.element.dataset['state'] = message.state;
    this.body.replaceChildren(...this.render());
    this.tick();
  }

  /** Called every second: the time left to answer the invitation (or, without a lease, how long it has waited). */
  tick(): void {
    this.clock.textContent = this.offer === undefined ? '' : offerClockText(this.offer, performance.now());
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
      can('UpdateUserData') ? this.editor : undefined,
      this.transfersNow(can('SingleStepTransfer'), can('PlaceInQueue')),
      can('PlaceInWorkbin') ? this.parkingNow() : undefined,
    ].filter((node): node is HTMLElement => node !== undefined);
  }

  /** The transfer forms the capabilities allow (kept across updates, with what the agent typed). */
  private transfersNow(toAgent: boolean, toRoute: boolean): HTMLElement | undefined {
    const [agentForm, routeForm] = this.transfers.children;
    if (agentForm instanceof HTMLElement) agentForm.hidden = !toAgent;
    if (routeForm instanceof HTMLElement) routeForm.hidden = !toRoute;
    return toAgent || toRoute ? this.transfers : undefined;
  }

  /** The parking form, its workbins as the desktop knows them now (the choice kept where it still exists). */
  private parkingNow(): HTMLFormElement {
    const { form, workbin } = this.parking;
    const chosen = workbin.value;
    workbin.replaceChildren(
      ...this.workbins().map((bin) =>
        el('option', { value: bin.id }, bin.workbinType === 'agent' ? `${bin.workbinName} (mine)` : bin.workbinName),
      ),
    );
    if (this.workbins().some((bin) => bin.id === chosen)) workbin.value = chosen;
    return form;
  }

  private targetForm(
    label: string,
    placeholder: string,
    testId: string,
    operation: (target: string) => InteractionOperation,
  ): HTMLFormElement {
    const target = el('input', { placeholder, required: '', 'aria-label': label, 'data-testid': `${testId}-target` });
    const form = el(
      'form',
      { class: 'inline-form' },
      target,
      el('button', { type: 'submit', 'data-testid': testId }, label),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = target.value.trim();
      if (value === '') return;
      this.operate(this.message.id, operation(value));
      form.reset();
    });
    return form;
  }

  private parkingForm(): { form: HTMLFormElement; workbin: HTMLSelectElement } {
    const workbin = el('select', { 'aria-label': 'Workbin', 'data-testid': 'park-workbin' });
    const form = el(
      'form',
      { class: 'inline-form' },
      workbin,
      el('button', { type: 'submit', 'data-testid': 'park' }, 'Park in workbin'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (workbin.value === '') return;
      this.operate(this.message.id, { operationName: 'PlaceInWorkbin', workbin: workbin.value });
    });
    return { form, workbin };
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

function offerOf(message: InteractionStateMessage): OfferTiming {
  const remainingMs = message.switchboardOfferLease?.remainingMs;
  return { arrivedAt: performance.now(), ...(remainingMs === undefined ? {} : { remainingMs }) };
}

function row(label: string, value: string | undefined, testId?: string): HTMLElement[] {
  if (value === undefined || value === '') return [];
  return [el('dt', {}, label), el('dd', testId === undefined ? {} : { 'data-testid': testId }, value)];
}
