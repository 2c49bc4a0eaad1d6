import type { Output } from "./io.ts";

/** A progress line on a terminal's stderr; silent when stderr is a pipe or a file. */
export interface Progress {
  /** Records that `n` more units are done. */
  tick(n?: number): void;
  /** Clears the line. */
  done(): void;
}

/**
 * Shows `label`, the count so far and, when `total` is known, a bar and a percentage, redrawn
 * at most ten times a second so that drawing never costs more than the work.
 */
export function progress(stderr: Output, label: string, total?: number): Progress {
  if (!stderr.isTTY) return { tick() {}, done() {} };
  let count = 0;
  let last = 0;
  let drawn = false;
  const started = Date.now();
  const draw = () => {
    const rate = count / Math.max((Date.now() - started) / 1000, 0.001);
    let line = `${label}: ${count.toLocaleString("en-US")}`;
    if (total) {
      const share = Math.min(count / total, 1);
      const width = 24;
      const filled = Math.round(share * width);
      line += ` ${"█".repeat(filled)}${"░".repeat(width - filled)} ${(share * 100).toFixed(0)}%`;
    }
    line += `  ${Math.round(rate).toLocaleString("en-US")}/s`;
    stderr.write(`\r\x1b[2K${line}`);
    drawn = true;
  };
  return {
    tick(n = 1) {
      count += n;
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        draw();
      }
    },
    done() {
      if (drawn) stderr.write("\r\x1b[2K");
    },
  };
}
