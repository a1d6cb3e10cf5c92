// A JSON scanner for what JSON.parse does not tell: where a syntax error is (in words that do not
// depend on the browser), and on which line the value at a path starts. Run only when needed.

export type JsonPath = readonly (string | number)[];

export interface ScanResult {
  error?: { offset: number; message: string };
  /** Offset of the value at the target path, when asked for and present. */
  found?: number;
}

const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

class Stop {
  constructor(
    readonly offset: number,
    readonly message?: string,
  ) {}
}

export function scanJson(text: string, target?: JsonPath): ScanResult {
  const n = text.length;
  const path: (string | number)[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const ws = () => {
    for (
      let c = text.charCodeAt(i);
      c === 32 || c === 9 || c === 10 || c === 13;
      c = text.charCodeAt(++i)
    );
  };
  const here = () =>
    i >= n ? "the end of the file" : text[i] === '"' ? "a string" : `"${text[i] ?? ""}"`;
  const atTarget = () =>
    target !== undefined && path.length === target.length && path.every((p, k) => p === target[k]);

  /** A string, checked as JSON.parse checks it, in one pass; its value when it is a key. */
  function string(): string {
    const start = ++i;
    let escaped = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        const raw = text.slice(start, i++);
        return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
      }
      if (c === 10 || c === 13) fail("a string is not closed on this line", start - 1);
      if (c < 32) {
        fail(
          `a string holds a control character (U+${c.toString(16).toUpperCase().padStart(4, "0")}): write it as an escape such as \\n or \\u0009`,
        );
      }
      if (c === 92) {
        escaped = true;
        const e = text[i + 1] ?? "";
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail("\\u in a string must be followed by four hexadecimal digits");
          i += 5;
        } else if ('"\\/bfnrt'.includes(e) && e !== "") i++;
        else fail(`"\\${e}" is not an escape JSON knows (use \\\\ for a backslash)`);
      }
    }
    return fail("a string is not closed on this line", start - 1);
  }

  function value(depth: number): void {
    ws();
    if (atTarget()) throw new Stop(i);
    if (depth > MAX_DEPTH) fail(`values are nested more than ${MAX_DEPTH} deep`);
    const c = text[i];
    if (c === "{") container("}", depth);
    else if (c === "[") container("]", depth);
    else if (c === '"') string();
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail(`${here()} does not start a number`);
      i = NUMBER.lastIndex;
    } else {
      for (const word of ["true", "false", "null"]) {
        if (text.startsWith(word, i)) {
          i += word.length;
          return;
        }
      }
      fail(
        i < n
          ? `unexpected ${here()} where a value was expected`
          : "the file ends where a value was expected",
      );
    }
  }

  function container(close: "}" | "]", depth: number): void {
    const isObject = close === "}";
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      ws();
      if (isObject) {
        if (text[i] === "}") fail('a comma before "}" (JSON allows no trailing commas)');
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${here()}`);
        path.push(string());
        ws();
        if (text[i] !== ":") fail(`expected ":" after the property name, found ${here()}`);
        i++;
      } else {
        if (text[i] === "]") fail('a comma before "]" (JSON allows no trailing commas)');
        path.push(index);
      }
      value(depth + 1);
      path.pop();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      fail(
        `expected "," or "${close}" after ${isObject ? "a property value" : "an array item"}, found ${here()}`,
      );
    }
  }

  try {
    ws();
    if (i >= n) fail("the file is empty");
    value(0);
    ws();
    if (i < n) fail(`unexpected ${here()} after the end of the JSON value`);
    return {};
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return e.message === undefined
      ? { found: e.offset }
      : { error: { offset: e.offset, message: e.message } };
  }
}

/**
 * The offset where brackets first nest deeper than `max` (strings skipped), or -1: checked before
 * JSON.parse, whose result is walked by recursive code that a very deep file would overflow.
 */
export function tooDeep(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}
