/**
 * How deeply a JSON request body may nest arrays and objects, on every API and on CometD. No contract needs more
 * than a handful of levels (GWS userData and ICWS attributes are the deepest free-form values); the limit is
 * there because the code that walks a parsed body (key normalisation, validation messages, JSON.stringify on the
 * bus) recurses, and a 4 KB body of 2,000 nested arrays would otherwise overflow the stack.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing or recursing (brackets
 * inside strings do not count), so it is safe on any input; it stops counting once past `stopAbove`. Malformed
 * JSON is counted as far as it goes: the parser refuses it afterwards.
 */
export function jsonDepthOf(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c /* \ */) i += 1;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      depth -= 1;
    }
  }
  return deepest;
}

/** Whether a JSON text nests deeper than the limit. */
export const exceedsJsonDepth = (text: string, limit = MAX_JSON_DEPTH): boolean => jsonDepthOf(text, limit) > limit;
