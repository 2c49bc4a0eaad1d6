import {
  LOWER_MULTI,
  LOWER_RUNS,
  PYTHON_UNICODE_VERSION,
  SIGMA_CLASS_RUNS,
} from "./_python_unicode_data.ts";

/**
 * The Unicode version whose case mapping {@linkcode pythonLower} reproduces: that of Debian's
 * Python 3.11 (`unicodedata.unidata_version`), which the tables were generated from.
 *
 * @example
 * ```ts
 * import { PYTHON_LOWER_UNICODE_VERSION } from "@ch8/sharding";
 *
 * PYTHON_LOWER_UNICODE_VERSION; //=> "14.0.0"
 * ```
 */
export const PYTHON_LOWER_UNICODE_VERSION: string = PYTHON_UNICODE_VERSION;

const CAPITAL_SIGMA = 0x3a3;

// JavaScript's toLowerCase() follows the engine's Unicode version (Node 20: 15.0), which maps
// code points Python 3.11 leaves alone, so the map comes from Python itself, not from the engine.
const LOWER = new Map<number, number>();
for (let i = 0; i < LOWER_RUNS.length; i += 4) {
  const start = LOWER_RUNS[i]!;
  const count = LOWER_RUNS[i + 1]!;
  const step = LOWER_RUNS[i + 2]!;
  const delta = LOWER_RUNS[i + 3]!;
  for (let k = 0; k < count; k++) LOWER.set(start + k * step, start + k * step + delta);
}

const CLASS_STARTS: number[] = [];
const CLASS_VALUES: number[] = [];
{
  let at = 0;
  for (let i = 0; i < SIGMA_CLASS_RUNS.length; i += 2) {
    CLASS_VALUES.push(SIGMA_CLASS_RUNS[i]!);
    CLASS_STARTS.push(at);
    at += SIGMA_CLASS_RUNS[i + 1]!;
  }
}

const NONE = 0;
const CASE_IGNORABLE = 1;
const CASED = 2;

function sigmaClass(code: number): number {
  let lo = 0;
  let hi = CLASS_STARTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (CLASS_STARTS[mid]! <= code) lo = mid;
    else hi = mid - 1;
  }
  return CLASS_VALUES[lo] ?? NONE;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function codePointBefore(s: string, end: number): number {
  const low = s.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = s.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

// CPython's handle_capital_sigma (Objects/unicodeobject.c): final form when the sigma follows
// \p{cased}\p{case-ignorable}* and is not followed by \p{case-ignorable}*\p{cased}.
function finalSigma(s: string, at: number): boolean {
  let j = at;
  let code = -1;
  while (j > 0) {
    code = codePointBefore(s, j);
    j -= code > 0xffff ? 2 : 1;
    if (sigmaClass(code) !== CASE_IGNORABLE) break;
    code = -1;
  }
  if (code < 0 || sigmaClass(code) !== CASED) return false;
  j = at + 1;
  while (j < s.length) {
    code = s.codePointAt(j)!;
    j += code > 0xffff ? 2 : 1;
    const k = sigmaClass(code);
    if (k !== CASE_IGNORABLE) return k !== CASED;
  }
  return true;
}

/**
 * Lower-case a string exactly as Python 3.11's `str.lower()`: full case mapping (`"İ"` becomes
 * `"i̇"`, two code points) and the final-sigma rule, using Python's Unicode 14.0 tables rather
 * than the JavaScript engine's, so the result does not change with the Node.js version.
 *
 * @example
 * ```ts
 * import { pythonLower } from "@ch8/sharding";
 *
 * pythonLower("Apple"); //=> "apple"
 * pythonLower("ΟΔΟΣ"); //=> "οδος"
 * pythonLower("İ"); //=> "i̇"
 * ```
 */
export function pythonLower(s: string): string {
  // Plain ASCII lowers the same way in every Unicode version.
  if (isAscii(s)) return s.toLowerCase();
  let out = "";
  let runStart = 0;
  for (let i = 0; i < s.length; ) {
    const code = s.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    let replacement: string | undefined;
    if (code === CAPITAL_SIGMA) {
      replacement = finalSigma(s, i) ? "ς" : "σ";
    } else {
      const lowered = LOWER.get(code);
      if (lowered !== undefined) replacement = String.fromCodePoint(lowered);
      else replacement = LOWER_MULTI.get(code);
    }
    if (replacement !== undefined) {
      out += s.slice(runStart, i) + replacement;
      runStart = i + width;
    }
    i += width;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}
