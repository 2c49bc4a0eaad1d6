/** What a command may touch of the outside world; `main.ts` builds it from `process`. */
export interface Io {
  /** Results. */
  readonly stdout: Output;
  /** Progress, notices and errors. */
  readonly stderr: Output;
  /** Lines of standard input, for commands that read keys from a pipe. */
  readonly stdin: AsyncIterable<string | Buffer>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Aborted on SIGINT or SIGTERM: long-running commands stop cleanly when it fires. */
  readonly signal: AbortSignal;
}

/** A stream to write text to, and whether a person is watching it. */
export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}
