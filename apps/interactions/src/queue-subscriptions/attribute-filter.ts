import type { QueueFilter } from '@switchboard/contracts';

/**
 * The most groups a filter nests and the most filters (groups and comparisons) it holds in all. Every command
 * evaluates it for each interaction it touches in the subscription's queues, so its size is a cost to the tenant;
 * a desktop's filters are a few comparisons in a group or two.
 */
export const MAX_FILTER_DEPTH = 5;
export const MAX_FILTER_ITEMS = 100;

const isGroup = (filter: QueueFilter): filter is Extract<QueueFilter, { match: unknown }> => 'match' in filter;

/**
 * Why the filter is too large, or undefined when it is within MAX_FILTER_DEPTH groups and MAX_FILTER_ITEMS
 * filters. Walked without recursion and stopped at the first excess, so a hostile filter costs no more than the
 * limits.
 */
export function filterSizeProblem(filter: QueueFilter): string | undefined {
  const pending: { filter: QueueFilter; depth: number }[] = [{ filter, depth: isGroup(filter) ? 1 : 0 }];
  let items = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    items += 1;
    if (items > MAX_FILTER_ITEMS)
      return `attributeFilter holds more than ${String(MAX_FILTER_ITEMS)} filters (groups and values) in all`;
    if (next.depth > MAX_FILTER_DEPTH)
      return `attributeFilter nests filter groups more than ${String(MAX_FILTER_DEPTH)} deep`;
    if (isGroup(next.filter))
      for (const item of next.filter.items) pending.push({ filter: item, depth: next.depth + (isGroup(item) ? 1 : 0) });
  }
  return undefined;
}

/** The attribute names the filter compares, each once whatever its case (the first spelling), in filter order. */
export function filterAttributeNames(filter: QueueFilter): string[] {
  const names = new Map<string, string>();
  const visit = (item: QueueFilter): void => {
    if (isGroup(item)) item.items.forEach(visit);
    else if (!names.has(item.attribute.toLowerCase())) names.set(item.attribute.toLowerCase(), item.attribute);
  };
  visit(filter);
  return [...names.values()];
}

/**
 * Whether an interaction, whose attribute values `valueOf` answers (by name, any case; "" when it has none),
 * passes the filter: a comparison is exact (case-sensitive); `all` needs every item, `any` one, `none` no item
 * (ICWS FilterGroupType None read as NOR — the vendor does not say).
 */
export function matchesFilter(filter: QueueFilter, valueOf: (attribute: string) => string): boolean {
  if (!isGroup(filter)) return (valueOf(filter.attribute) === filter.value) === filter.equals;
  const holds = (item: QueueFilter): boolean => matchesFilter(item, valueOf);
  if (filter.match === 'all') return filter.items.every(holds);
  if (filter.match === 'any') return filter.items.some(holds);
  return !filter.items.some(holds);
}
