import { formatPythonFloat } from "./format_python_float.ts";
import type { ExactJson } from "./parse_exact_json.ts";

/**
 * Serialize like Python's `json.dumps(value)` with its defaults, which is what pyzmq's
 * `send_json` puts on the wire: `", "` and `": "` separators, non-ASCII escaped as `\uXXXX`,
 * `bigint`s (and integral `number`s) as plain digits, other numbers as Python floats.
 *
 * @throws {TypeError} For values JSON cannot hold (functions, symbols, undefined).
 * @example
 * ```ts
 * import { stringifyPythonJson } from "@ch8/pi-queue";
 *
 * stringifyPythonJson([1, 2]); //=> "[1, 2]"
 * stringifyPythonJson(36893488130239234050n); //=> "36893488130239234050"
 * stringifyPythonJson({ pi: 3.5, s: "é" }); //=> '{"pi": 3.5, "s": "\\u00e9"}'
 * ```
 */
export function stringifyPythonJson(value: ExactJson | readonly ExactJson[]): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return value.toString();
    case "number":
      if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
      if (Number.isNaN(value)) return "NaN";
      if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
      return formatPythonFloat(value);
    case "string":
      return quote(value);
    case "object": {
      if (Array.isArray(value)) {
        return `[${(value as readonly ExactJson[]).map((item) => stringifyPythonJson(item)).join(", ")}]`;
      }
      const entries = Object.entries(value as { [key: string]: ExactJson });
      return `{${entries.map(([k, v]) => `${quote(k)}: ${stringifyPythonJson(v)}`).join(", ")}}`;
    }
    default:
      throw new TypeError(`value must be JSON-serializable, got ${typeof value}`);
  }
}

const SHORT: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

function quote(text: string): string {
  // Python's ESCAPE_ASCII: backslash, quote, and anything outside ' '..'~'.
  return `"${text.replace(/[\\"]|[^ -~]/g, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}
