import type { QueueFilter, QueueResultLimit } from '@switchboard/contracts';
import { interactionAttributes } from '@switchboard/icws-dialect';
import type { AttributeSource } from '../domain/attributes/interaction-place.js';
import { filterAttributeNames, matchesFilter } from './attribute-filter.js';
import { rankOrder, type Ranked } from './result-window.js';

/** What of a subscription decides which of its queues' interactions it shows, and in which order. */
export interface SelectionParameters {
  readonly resultLimit?: QueueResultLimit;
  readonly attributeFilter?: QueueFilter;
}

/** Whether an interaction passes the subscription's filter, and the value it is ordered by. */
export interface Judgement {
  readonly matches: boolean;
  readonly key: string;
}

const EVERYTHING: Judgement = { matches: true, key: '' };

/**
 * A subscription's filter and order, ready to judge interactions. The attributes they read are computed like the
 * subscribed ones (reference C9) whether or not they are subscribed: a client filters on what it does not show.
 */
export class Selection {
  /** The attribute names the filter and the order read. */
  private readonly names: readonly string[];
  readonly compare: (a: Ranked, b: Ranked) => number;
  /** The most interactions shown at once; undefined: all that match. */
  readonly limit: number | undefined;

  constructor(private readonly parameters: SelectionParameters) {
    const { resultLimit, attributeFilter } = parameters;
    const order = resultLimit?.orderAttribute;
    this.names = [...(attributeFilter ? filterAttributeNames(attributeFilter) : []), ...(order ? [order] : [])];
    this.compare = rankOrder(resultLimit?.descending === true);
    this.limit = resultLimit?.limitCount;
  }

  /** Whether judging reads attributes: a filter or an order; without either every interaction is kept as it comes. */
  get reads(): boolean {
    return this.names.length > 0;
  }

  /** Whether it orders its interactions other than in queue order. */
  get ordered(): boolean {
    return this.parameters.resultLimit?.orderAttribute !== undefined;
  }

  judge(source: AttributeSource): Judgement {
    if (this.names.length === 0) return EVERYTHING;
    const { resultLimit, attributeFilter } = this.parameters;
    const values = new Map(
      Object.entries(interactionAttributes(source, this.names)).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const valueOf = (name: string): string => values.get(name.toLowerCase()) ?? '';
    return {
      matches: attributeFilter ? matchesFilter(attributeFilter, valueOf) : true,
      key: resultLimit?.orderAttribute === undefined ? '' : valueOf(resultLimit.orderAttribute),
    };
  }
}
