import { _isPythonWhitespace } from "./_python_whitespace.ts";

/**
 * Split text on runs of whitespace exactly as Python's `str.split()` with no argument: leading
 * and trailing whitespace yields no empty words, and "whitespace" is Python's `str.isspace()`
 * set (which includes U+001C..U+001F and U+0085 but, unlike JavaScript's `\s`, not U+FEFF).
 *
 * @example
 * ```ts
 * import { pythonSplit } from "@ch8/sharding";
 *
 * pythonSplit("  apple\tbanana\n\x1ccherry\u3000"); //=> ["apple", "banana", "cherry"]
 * pythonSplit("\ufeffword"); //=> ["\ufeffword"]
 * ```
 */
export function pythonSplit(text: string): string[] {
  const words: string[] = [];
  const length = text.length;
  let start = -1;
  for (let i = 0; i < length; i++) {
    if (_isPythonWhitespace(text.charCodeAt(i))) {
      if (start >= 0) {
        words.push(text.slice(start, i));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}
