/** A Cookie header as name=value pairs, in order. */
function cookiePairs(header: string | undefined): { name: string; pair: string; value: string }[] {
  return (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((pair) => {
      const [name = '', ...rest] = pair.split('=');
      return { name, pair, value: rest.join('=') };
    });
}

/** One cookie's value from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  return cookiePairs(header).find((cookie) => cookie.name === name)?.value;
}

/** A Cookie header without one cookie; undefined when nothing is left. */
export function withoutCookie(header: string | undefined, name: string): string | undefined {
  const kept = cookiePairs(header).filter((cookie) => cookie.name !== name);
  return kept.length === 0 ? undefined : kept.map((cookie) => cookie.pair).join('; ');
}
