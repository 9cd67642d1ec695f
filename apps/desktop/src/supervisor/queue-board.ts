import { el } from '../dom.js';
import { duration, periodCounts, serviceLevel, waitingByPriority } from './format.js';
import type { Figures, LiveStatistics, QueueRealTime } from './statistics-types.js';

const COUNTS_HEADING = 'entered / accepted / abandoned / completed';

/**
 * The tenant's figures and a row per named route, from the live statistics: what waits now (by priority) and for
 * how long, what is offered, the service level, and the interval's and today's counts and speed of answer. The age
 * of the oldest waiting interaction keeps counting between events (it is the one figure that changes without one).
 */
export class QueueBoard {
  readonly element = el('section', { class: 'board', 'data-testid': 'queue-board' });
  private live: LiveStatistics | undefined;
  private receivedAt = 0;

  show(live: LiveStatistics): void {
    this.live = live;
    this.receivedAt = performance.now();
    this.render();
  }

  /** Called every second. */
  tick(): void {
    if (this.live !== undefined && this.live.summary.realTime.waiting > 0) this.render();
  }

  private render(): void {
    const live = this.live;
    if (live === undefined) return;
    const { realTime, interval, today } = live.summary;
    const { agents } = realTime;
    const routes = [...live.queues].sort((a, b) => a.route.localeCompare(b.route));
    this.element.replaceChildren(
      el('h2', {}, 'Queues'),
      el(
        'div',
        { class: 'tiles', 'data-testid': 'tenant-summary' },
        tile('Waiting', waitingByPriority(realTime.waiting, realTime.waitingByPriority), 'total-waiting'),
        tile('Oldest', this.oldest(realTime)),
        tile('Offered', String(realTime.offered)),
        tile('Service level today', serviceLevel(today.serviceLevel), 'total-service-level'),
        tile('Service level this interval', serviceLevel(interval.serviceLevel)),
        tile('Speed of answer today', duration(today.averageSpeedOfAnswerSeconds)),
        tile(
          'Agents',
          `${agents.loggedIn} logged in · ${agents.ready} ready · ${agents.busy} busy · ${agents.wrapUp} wrap-up · ${agents.notReady} not ready`,
          'agent-counts',
        ),
      ),
      routes.length === 0
        ? el('p', { class: 'muted', 'data-testid': 'no-queues' }, 'Nothing routed today yet')
        : el(
            'table',
            { class: 'grid' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                ...[
                  'Route',
                  'Waiting',
                  'Oldest',
                  'Offered',
                  'Service level (interval / today)',
                  `Interval: ${COUNTS_HEADING}`,
                  `Today: ${COUNTS_HEADING}`,
                  'Speed of answer (interval / today)',
                ].map((heading) => el('th', {}, heading)),
              ),
            ),
            el(
              'tbody',
              {},
              ...routes.map((queue) =>
                el(
                  'tr',
                  { 'data-testid': 'queue', 'data-route': queue.route, 'data-waiting': String(queue.realTime.waiting) },
                  el('th', { scope: 'row' }, queue.route === '' ? '(personal queues)' : queue.route),
                  cell(waitingByPriority(queue.realTime.waiting, queue.realTime.waitingByPriority), 'waiting'),
                  cell(this.oldest(queue.realTime), 'oldest'),
                  cell(String(queue.realTime.offered), 'offered'),
                  cell(
                    `${serviceLevel(queue.interval.serviceLevel)} / ${serviceLevel(queue.today.serviceLevel)}`,
                    'service-level',
                  ),
                  cell(periodCounts(queue.interval), 'interval-counts'),
                  cell(periodCounts(queue.today), 'today-counts'),
                  cell(`${speed(queue.interval)} / ${speed(queue.today)}`, 'speed-of-answer'),
                ),
              ),
            ),
          ),
      el('p', { class: 'muted' }, `As of ${new Date(live.asOf).toLocaleTimeString()}`),
    );
  }

  private oldest(realTime: QueueRealTime): string {
    if (realTime.waiting === 0) return '—';
    return duration(realTime.oldestWaitingSeconds + (performance.now() - this.receivedAt) / 1000);
  }
}

function speed(figures: Figures): string {
  return figures.accepted === 0 ? '—' : duration(figures.averageSpeedOfAnswerSeconds);
}

function tile(label: string, value: string, testId?: string): HTMLElement {
  return el(
    'div',
    { class: 'tile' },
    el('span', { class: 'muted' }, label),
    el('strong', testId === undefined ? {} : { 'data-testid': testId }, value),
  );
}

function cell(text: string, testId: string): HTMLElement {
  return el('td', { 'data-testid': testId }, text);
}
