import { button, el } from '../dom.js';
import type { GwsHttp } from '../gws-http.js';
import type { Workbin, WorkbinContentResponse, WorkbinListResponse, WorkbinMessage } from '../gws-types.js';
import { WorkbinContents } from './workbin-contents.js';

/** Runs a request and tells the activity log how it went (the desktop's `run`). */
export type Run = (request: Promise<unknown>, what: string) => void;

/**
 * The agent's workbins (GET /api/v2/me/workbins): what each holds, read once and then kept current by the
 * WorkbinStateChangeMessages on `/v2/me/workbins` (the page subscribes to every workbin it lists), with a Pull
 * for each item, which gives it back to the agent (Processing).
 */
export class WorkbinsPanel {
  readonly element = el('section', { class: 'workbins', 'data-testid': 'workbins' }, el('h2', {}, 'Workbins'));
  private readonly lists = el('div', { class: 'workbin-lists' });
  private readonly contents = new WorkbinContents();
  private bins: Workbin[] = [];

  constructor(
    private readonly http: GwsHttp,
    private readonly run: Run,
  ) {
    this.element.append(this.lists);
  }

  get workbins(): readonly Workbin[] {
    return this.bins;
  }

  /**
   * Lists the workbins, subscribes to each, then reads each one's content. Call once the CometD channel
   * `/v2/me/workbins` is subscribed, so that no change after the read is missed.
   */
  async load(): Promise<void> {
    const list = (await this.http.get('/api/v2/me/workbins')) as WorkbinListResponse;
    this.bins = list.workbins;
    await Promise.all(
      this.bins.map(async (bin) => {
        const path = encodeURIComponent(bin.id);
        await this.http.post(`/api/v2/me/workbins/${path}`, { operationName: 'Subscribe' });
        this.contents.beginRead(bin.id);
        const content = (await this.http.get(`/api/v2/workbins/${path}/workitems`)) as WorkbinContentResponse;
        this.contents.read(bin.id, content.workitems);
      }),
    );
    this.render();
  }

  onMessage(message: WorkbinMessage): void {
    if (message.messageType !== 'WorkbinStateChangeMessage') return;
    this.contents.apply(message);
    this.render();
  }

  private render(): void {
    this.lists.replaceChildren(
      ...this.bins.map((bin) => {
        const items = this.contents.of(bin.id);
        return el(
          'div',
          { class: 'workbin', 'data-testid': `workbin-${bin.id}` },
          el('h3', {}, `${bin.workbinName}${bin.workbinType === 'agent' ? ' (mine)' : ''} — ${String(items.length)}`),
          items.length === 0
            ? el('p', { class: 'muted' }, 'Empty')
            : el(
                'ul',
                {},
                ...items.map((item) =>
                  el(
                    'li',
                    { 'data-testid': `workitem-${item.id}` },
                    el(
                      'span',
                      { class: 'workitem-label' },
                      el('strong', {}, `#${item.id}`),
                      ` ${[item.externalId, item.currentQueue].filter((part) => part !== undefined).join(' · ')}`,
                    ),
                    button('Pull', 'pull', () => {
                      this.run(
                        this.http.post(`/api/v2/workbins/${encodeURIComponent(bin.id)}`, {
                          operationName: 'PullInteraction',
                          id: item.id,
                        }),
                        `Pull #${item.id} from ${bin.workbinName}`,
                      );
                    }),
                  ),
                ),
              ),
        );
      }),
    );
  }
}
