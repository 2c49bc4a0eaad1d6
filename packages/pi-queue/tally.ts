import { formatPythonFloat } from "./format_python_float.ts";

/** What a {@linkcode Tally} has counted so far. */
export interface TallySnapshot {
  /** Decisions counted: the book's `q`. */
  readonly points: number;
  /** `Y` decisions: the book's `p / 4`. */
  readonly inside: number;
  /** `4 * inside / points`, or `NaN` before the first point. */
  readonly estimate: number;
  /** One standard error of `estimate`: `4 * sqrt(f * (1 - f) / points)` with `f = inside / points`. */
  readonly standardError: number;
  /** Messages that were neither `Y` nor `N` (dropped, not counted as points). */
  readonly malformed: number;
}

/**
 * The tally's arithmetic without the socket: the book's `q += 1; if decision == 'Y': p += 4`,
 * and the line it prints, `print(decision, p / q)`.
 *
 * @example
 * ```ts
 * import { Tally } from "@ch8/pi-queue";
 *
 * const tally = new Tally();
 * tally.record("Y"); //=> "Y 4.0"
 * tally.record("N"); //=> "N 2.0"
 * tally.record("N"); //=> "N 1.3333333333333333"
 * tally.record("?"); //=> undefined
 * tally.snapshot().malformed; //=> 1
 * ```
 */
export class Tally {
  #p = 0;
  #q = 0;
  #malformed = 0;

  /**
   * Count one decision and return the line the book prints for it, or `undefined` (and count it
   * as malformed) when the decision is neither `Y` nor `N`.
   */
  record(decision: string): string | undefined {
    if (!this.count(decision)) return undefined;
    return `${decision} ${formatPythonFloat(this.#p / this.#q)}`;
  }

  /** {@linkcode Tally.record} without building the line; true when the decision counted. */
  count(decision: string): boolean {
    if (decision === "Y") this.#p += 4;
    else if (decision !== "N") {
      this.#malformed++;
      return false;
    }
    this.#q++;
    return true;
  }

  /** Count many decisions at once (the batched wire format). */
  add(yes: number, no: number): void {
    for (const [name, value] of [
      ["yes", yes],
      ["no", no],
    ] as const) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
      }
    }
    this.#p += 4 * yes;
    this.#q += yes + no;
  }

  /** Count a message that was dropped as malformed. */
  reject(): void {
    this.#malformed++;
  }

  /** The counts and the estimate so far. */
  snapshot(): TallySnapshot {
    const points = this.#q;
    const inside = this.#p / 4;
    const fraction = inside / points;
    return {
      points,
      inside,
      estimate: this.#p / points,
      standardError: 4 * Math.sqrt((fraction * (1 - fraction)) / points),
      malformed: this.#malformed,
    };
  }
}
