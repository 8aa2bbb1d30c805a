/**
 * `jsonDuplicateKeys`: the keys a JSON text writes twice in one object,
 * which `JSON.parse` silently reads as the last one.
 *
 * @module
 */

/** Where in a text: 1-based line and column (the column counts UTF-16 code units, as editors mostly do). */
export interface TextPosition {
  line: number;
  column: number;
}

/** A key written twice in one object of a JSON text (see {@link jsonDuplicateKeys}). */
export interface JsonDuplicateKey {
  /** The key, decoded (`"\u0061"` is `a`). */
  key: string;
  /** Where the object is: the keys and array indexes leading to it from the top (`[]` for the top-level object). */
  object: (string | number)[];
  /** Where the key is first written. */
  first: TextPosition;
  /** Where it is written again (the value `JSON.parse` keeps). */
  again: TextPosition;
}

interface Frame {
  array: boolean;
  /** The keys seen in an object, with the offset of each. */
  keys: Map<string, number>;
  /** Object: the next string is a key. */
  expectKey: boolean;
  /** Array: the index of the current element. */
  index: number;
  /** Object: the key of the value being read. */
  key: string;
}

/** Offset to line and column, with the offsets where lines start found once. */
function positions(text: string): (offset: number) => TextPosition {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * The keys written more than once in one object of a JSON text, in the
 * order of the text. `JSON.parse` keeps the last value of such a key without
 * a word (a spec with two `"window"` keys is read with the second), so
 * readers that must not guess call this after `JSON.parse` succeeds. The
 * text must be well-formed JSON (what it returns for other text is
 * unspecified); a byte-order mark at its start is allowed. Linear in the
 * text's length.
 *
 * @example
 * ```ts
 * import { jsonDuplicateKeys } from 'council-indicators/readers';
 *
 * const text = '{\n  "id": "a",\n  "window": { "type": "rolling", "months": 12 },\n  "window": { "type": "period" }\n}';
 * const [d] = jsonDuplicateKeys(text);
 * d!.key; // 'window'
 * d!.first; // { line: 3, column: 3 }
 * d!.again; // { line: 4, column: 3 }
 * jsonDuplicateKeys('[{ "period": "2017-09", "cic": 5 }, { "cic": 7, "\\u0063ic": 7 }]')[0]!.object; // [1]
 * jsonDuplicateKeys('{ "a": 1, "b": { "a": 2 } }'); // []
 * ```
 */
export function jsonDuplicateKeys(text: string): JsonDuplicateKey[] {
  const found: JsonDuplicateKey[] = [];
  const where = positions(text);
  const stack: Frame[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top !== undefined && !top.array && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, start);
        else {
          found.push({
            key,
            object: stack.slice(1).map((_, k) => (stack[k]!.array ? stack[k]!.index : stack[k]!.key)),
            first: where(first),
            again: where(start),
          });
        }
        top.key = key;
        top.expectKey = false;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({ array: c === 0x5b, keys: new Map(), expectKey: c === 0x7b, index: 0, key: '' });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top !== undefined) {
        if (top.array) top.index++;
        else top.expectKey = true;
      }
    }
  }
  return found;
}

/** `line 7 column 3 and line 12 column 3`: both places of a duplicate key. @internal */
export function bothPlaces(d: JsonDuplicateKey, lineOffset = 0): string {
  return `line ${d.first.line + lineOffset} column ${d.first.column} and line ${d.again.line + lineOffset} column ${d.again.column}`;
}
