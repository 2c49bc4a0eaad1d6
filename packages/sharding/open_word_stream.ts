import {
  _openWordFile,
  _unreadable,
  _WORD_LIST_NOTICE,
  type WordSource,
} from "./_open_word_file.ts";
import { _isPythonWhitespace } from "./_python_whitespace.ts";
import { ShardingError } from "./sharding_error.ts";

/**
 * Options of {@linkcode openWordStream}.
 *
 * @example
 * ```ts
 * import { openWordStream } from "@ch8/sharding";
 *
 * const stream = await openWordStream(undefined, { chunkSize: 4096, maxWordLength: 1024 });
 * await stream.close();
 * ```
 */
export interface WordStreamOptions {
  /**
   * Bytes read at a time; memory stays near this plus the longest word, whatever the file size.
   * @default {65536}
   */
  readonly chunkSize?: number;
  /**
   * Longest word accepted, in UTF-16 code units; a longer run without whitespace is an error
   * rather than unbounded memory.
   * @default {1048576}
   */
  readonly maxWordLength?: number;
}

/**
 * An open word file, read lazily: iterate it once for its words, then it closes itself.
 *
 * @example
 * ```ts
 * import { openWordStream } from "@ch8/sharding";
 *
 * const stream = await openWordStream();
 * let words = 0;
 * for await (const batch of stream.batches()) words += batch.length;
 * words > 1000; //=> true
 * ```
 */
export interface WordStream extends AsyncIterable<string> {
  /** The file being read. */
  readonly path: string;
  /** `"given"`, `"system"` (/usr/share/dict/words) or `"word-list"` (the npm fallback). */
  readonly source: WordSource;
  /** A line for stderr when the words come from the npm fallback. */
  readonly notice?: string;
  /**
   * The same words a chunk at a time, much cheaper per word than iterating the stream itself;
   * use one or the other, once.
   */
  batches(): AsyncIterable<string[]>;
  /** Close the file; safe to call more than once, and done for you at the end of iteration. */
  close(): Promise<void>;
}

/**
 * Open a word file and stream its words, split as Python's `str.split()` splits (the same words
 * `readWordFile` returns), reading `chunkSize` bytes at a time so that a file of any size needs
 * bounded memory. Same default file and fallback as `readWordFile`.
 *
 * @throws {ShardingError} `E_WORDS_UNREADABLE` (from the promise, or during iteration) if the
 * file cannot be opened or read, is not valid UTF-8, or has a word longer than `maxWordLength`.
 *
 * @example
 * ```ts
 * import { openWordStream } from "@ch8/sharding";
 *
 * const stream = await openWordStream();
 * let count = 0;
 * for await (const _word of stream) count++;
 * count > 1000; //=> true
 * ```
 */
export async function openWordStream(
  path?: string,
  options: WordStreamOptions = {},
): Promise<WordStream> {
  const chunkSize = options.chunkSize ?? 65536;
  const maxWordLength = options.maxWordLength ?? 1048576;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`openWordStream() chunkSize must be an integer >= 1, got ${chunkSize}`);
  }
  if (!Number.isInteger(maxWordLength) || maxWordLength < 1) {
    throw new RangeError(
      `openWordStream() maxWordLength must be an integer >= 1, got ${maxWordLength}`,
    );
  }
  const opened = await _openWordFile(path);
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await opened.handle.close();
  };

  async function* batches(): AsyncGenerator<string[], void, undefined> {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const buffer = new Uint8Array(chunkSize);
    let partial = "";
    try {
      for (;;) {
        let text: string;
        let done: boolean;
        try {
          const { bytesRead } = await opened.handle.read(buffer, 0, chunkSize, null);
          done = bytesRead === 0;
          text = done
            ? decoder.decode()
            : decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
        } catch (error) {
          throw _unreadable(opened.path, error);
        }
        const batch: string[] = [];
        let start = 0;
        for (let i = 0; i < text.length; i++) {
          if (!_isPythonWhitespace(text.charCodeAt(i))) continue;
          if (i > start) {
            batch.push(partial + text.slice(start, i));
            partial = "";
          } else if (partial !== "") {
            batch.push(partial);
            partial = "";
          }
          start = i + 1;
        }
        partial += text.slice(start);
        if (batch.length > 0) yield batch;
        if (partial.length > maxWordLength) {
          throw new ShardingError(
            "E_WORDS_UNREADABLE",
            `cannot read word file ${opened.path}: a word is longer than ${maxWordLength} characters`,
          );
        }
        if (done) break;
      }
      if (partial !== "") yield [partial];
    } finally {
      await close();
    }
  }

  const chunks = batches();
  // A hand-written iterator: an async generator's yield* would await once more per word.
  let batch: string[] = [];
  let next = 0;
  const iterable: AsyncIterator<string, undefined> = {
    async next() {
      while (next >= batch.length) {
        const result = await chunks.next();
        if (result.done) return { done: true, value: undefined };
        batch = result.value;
        next = 0;
      }
      return { done: false, value: batch[next++]! };
    },
    async return() {
      await chunks.return(undefined);
      return { done: true, value: undefined };
    },
  };
  return {
    path: opened.path,
    source: opened.source,
    ...(opened.source === "word-list" ? { notice: _WORD_LIST_NOTICE } : {}),
    [Symbol.asyncIterator]: () => iterable,
    batches: () => chunks,
    close: async () => {
      await chunks.return(undefined);
      await close();
    },
  };
}
