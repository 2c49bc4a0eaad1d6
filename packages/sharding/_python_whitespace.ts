import { PYTHON_WHITESPACE } from "./_python_unicode_data.ts";

// Every Python whitespace code point is in the BMP and below U+3001, so a byte table indexed by
// UTF-16 code unit answers str.isspace() without a regex and without decoding surrogate pairs.
const LIMIT = 0x3001;
const TABLE = new Uint8Array(LIMIT);
for (const code of PYTHON_WHITESPACE) TABLE[code] = 1;

/** Whether a UTF-16 code unit is whitespace to Python's `str.isspace()`. */
export function _isPythonWhitespace(unit: number): boolean {
  return unit < LIMIT && TABLE[unit] === 1;
}
