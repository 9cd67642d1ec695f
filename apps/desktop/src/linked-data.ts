/** The linked data a VCC dispatch carries, as GWS puts it in the interaction's userData. */
export interface LinkedData {
  clid?: string;
  name?: string;
  /** A url's label shows even without a usable link (the VCC contract's LinkedDataUrl). */
  url?: { href?: string; label: string };
}

const LINKED_KEYS = new Set(['clid', 'name', 'url', 'urlLabel']);

/** Only web links become links: a `javascript:` or `data:` URL from a CRM must not run in the agent's page. */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits an interaction's userData into its linked data (clid, name, url with its label) and everything else: the
 * dispatch's properties and the user data agents attached, shown and edited as key / value pairs.
 */
export function splitUserData(userData: Record<string, unknown>): {
  linked: LinkedData;
  other: [string, unknown][];
} {
  const linked: LinkedData = {};
  if (typeof userData['clid'] === 'string') linked.clid = userData['clid'];
  if (typeof userData['name'] === 'string') linked.name = userData['name'];
  const href = safeHref(userData['url']);
  const label = typeof userData['urlLabel'] === 'string' && userData['urlLabel'] !== '' ? userData['urlLabel'] : href;
  if (label !== undefined) linked.url = href === undefined ? { label } : { href, label };
  const other = Object.entries(userData)
    .filter(([key]) => !LINKED_KEYS.has(key))
    .sort(([a], [b]) => a.localeCompare(b));
  return { linked, other };
}

/** How a value is shown: strings as they are, anything else (numbers, nested objects) as JSON. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
