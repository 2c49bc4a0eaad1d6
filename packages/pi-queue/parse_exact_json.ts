/** A JSON value with integers kept exact as `bigint`; other numbers are `number`. */
export type ExactJson =
  | null
  | boolean
  | number
  | bigint
  | string
  | ExactJson[]
  | { [key: string]: ExactJson };

/**
 * Parse JSON as Python's `json.loads` does, keeping every integer exact: a literal without a
 * fraction or exponent becomes a `bigint` of any size (`JSON.parse` would round
 * 18446744073709551617 to 18446744073709552000). Also reads Python's `NaN`, `Infinity` and
 * `-Infinity`.
 *
 * @throws {SyntaxError} Naming the offset when `text` is not JSON.
 * @example
 * ```ts
 * import { parseExactJson } from "@ch8/pi-queue";
 *
 * parseExactJson("[1, 2]"); //=> [1n, 2n]
 * parseExactJson("36893488130239234050"); //=> 36893488130239234050n
 * parseExactJson('{"pi": 3.14}'); //=> { pi: 3.14 }
 * ```
 */
export function parseExactJson(text: string): ExactJson {
  const parser = new Parser(text);
  parser.space();
  const value = parser.value(0);
  parser.space();
  if (parser.at < text.length) parser.fail("unexpected trailing data");
  return value;
}

const MAX_DEPTH = 1000;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

class Parser {
  at = 0;
  constructor(readonly text: string) {}

  fail(why: string): never {
    throw new SyntaxError(`invalid JSON at offset ${this.at}: ${why}`);
  }

  space(): void {
    const { text } = this;
    while (this.at < text.length) {
      const c = text.charCodeAt(this.at);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      this.at++;
    }
  }

  literal(word: string): boolean {
    if (!this.text.startsWith(word, this.at)) return false;
    this.at += word.length;
    return true;
  }

  value(depth: number): ExactJson {
    if (depth > MAX_DEPTH) this.fail("nested too deeply");
    const c = this.text[this.at];
    if (c === "[") return this.array(depth);
    if (c === "{") return this.object(depth);
    if (c === '"') return this.string();
    if (this.literal("true")) return true;
    if (this.literal("false")) return false;
    if (this.literal("null")) return null;
    if (this.literal("NaN")) return Number.NaN;
    if (this.literal("Infinity")) return Number.POSITIVE_INFINITY;
    if (this.literal("-Infinity")) return Number.NEGATIVE_INFINITY;
    return this.number();
  }

  number(): number | bigint {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (match === null) this.fail("expected a value");
    this.at = NUMBER.lastIndex;
    if (match[1] === undefined && match[2] === undefined) return BigInt(match[0]);
    return Number(match[0]);
  }

  string(): string {
    const { text } = this;
    this.at++;
    let out = "";
    let start = this.at;
    while (true) {
      if (this.at >= text.length) this.fail("unterminated string");
      const c = text.charCodeAt(this.at);
      if (c === 0x22) break;
      if (c < 0x20) this.fail("control character in string");
      if (c !== 0x5c) {
        this.at++;
        continue;
      }
      out += text.slice(start, this.at);
      const e = text[this.at + 1] ?? "";
      if (e === "u") {
        const hex = text.slice(this.at + 2, this.at + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail("bad \\u escape");
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.at += 6;
      } else {
        const decoded = ESCAPES[e];
        if (decoded === undefined) this.fail("bad escape");
        out += decoded;
        this.at += 2;
      }
      start = this.at;
    }
    out += text.slice(start, this.at);
    this.at++;
    return out;
  }

  array(depth: number): ExactJson[] {
    this.at++;
    const items: ExactJson[] = [];
    this.space();
    if (this.literal("]")) return items;
    while (true) {
      this.space();
      items.push(this.value(depth + 1));
      this.space();
      if (this.literal("]")) return items;
      if (!this.literal(",")) this.fail("expected ',' or ']'");
    }
  }

  object(depth: number): { [key: string]: ExactJson } {
    this.at++;
    const result: { [key: string]: ExactJson } = {};
    this.space();
    if (this.literal("}")) return result;
    while (true) {
      this.space();
      if (this.text[this.at] !== '"') this.fail("expected a string key");
      const key = this.string();
      this.space();
      if (!this.literal(":")) this.fail("expected ':'");
      this.space();
      const value = this.value(depth + 1);
      Object.defineProperty(result, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.space();
      if (this.literal("}")) return result;
      if (!this.literal(",")) this.fail("expected ',' or '}'");
    }
  }
}
