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

  function string(): string {
    const start = ++i;
    for (;;) {
      const q = text.indexOf('"', i);
      const nl = text.indexOf("\n", i);
      if (q === -1 || (nl !== -1 && nl < q)) fail("a string is not closed on this line", start - 1);
      let slashes = 0;
      for (let k = q - 1; k >= start && text.charCodeAt(k) === 92; k--) slashes++;
      i = q + 1;
      if (slashes % 2 === 0) return text.slice(start, q);
    }
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
