import type { IcwsApi, QueueFilter, QueueResultLimit } from '@switchboard/contracts';

type Schemas = IcwsApi.components['schemas'];

/** ICWS FilterGroupType (reference C6): 0 None, 1 All, 2 Any. */
const MATCH = { 0: 'none', 1: 'all', 2: 'any' } as const;

/**
 * An ICWS attributeFilter in the bus's words: groups keep their items, comparisonType 1 is Equals and 0 NotEquals.
 * The body was validated and its JSON nests at most MAX_JSON_DEPTH levels, so the recursion is bounded; the
 * interactions service bounds the filter's size.
 */
export function queueFilterOf(filter: Schemas['QueueFilter']): QueueFilter {
  if (filter.__type === 'urn:inin.com:queues:filterValue')
    return { attribute: filter.attribute, equals: filter.comparisonType === 1, value: filter.value };
  return { match: MATCH[filter.filterGroupType], items: filter.filterItemsList.map(queueFilterOf) };
}

/** An ICWS queueResultLimit in the bus's words: SortDirection 1 is descending (0 ascending). */
export function resultLimitOf({ limitCount, resultOrder }: Schemas['QueueResultLimit']): QueueResultLimit {
  return {
    ...(limitCount === undefined ? {} : { limitCount }),
    ...(resultOrder
      ? { orderAttribute: resultOrder.orderAttribute, descending: resultOrder.orderDirection === 1 }
      : {}),
  };
}
