import { Reply } from "zeromq";
import { _RoleBase } from "./_role_base.ts";
import { _bind } from "./_sockets.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import { parseExactJson } from "./parse_exact_json.ts";
import type { RoleOptions } from "./role_options.ts";
import { sumOfSquares } from "./sum_of_squares.ts";

/** Largest request pythagoras reads; ZeroMQ drops a peer that sends more. */
export const _PYTHAGORAS_MAX_MESSAGE_SIZE = 64 * 1024;

/**
 * Sum of squares of a request's JSON array of integers as the reply text, or `null` (JSON
 * `null`) when the request is not such an array: a REP must answer every request.
 */
export function _answer(text: string): string | null {
  let numbers: unknown;
  try {
    numbers = parseExactJson(text);
  } catch {
    return null;
  }
  if (!Array.isArray(numbers) || !numbers.every((n) => typeof n === "bigint")) return null;
  return sumOfSquares(numbers as bigint[]).toString();
}

/**
 * The book's `pythagoras`: a REP socket bound at `endpoints.reqrep` that answers a JSON array
 * of integers with the JSON integer sum of their squares, exact at any size. A malformed
 * request is counted and answered with `null`, so the asker never wedges.
 *
 * @example
 * ```ts
 * import { PythagorasRole } from "@ch8/pi-queue";
 *
 * const pythagoras = new PythagorasRole({ endpoints: { reqrep: "tcp://127.0.0.1:*" } });
 * await pythagoras.start();
 * // a REQ sending "[3, 4]" gets "25"
 * pythagoras.close();
 * ```
 */
export class PythagorasRole extends _RoleBase {
  readonly name = "pythagoras" as const;
  readonly #options: RoleOptions;

  constructor(options: RoleOptions = {}) {
    super(options);
    this.#options = options;
  }

  protected async open(): Promise<void> {
    const socket = this.track(
      new Reply({ linger: 0, maxMessageSize: _PYTHAGORAS_MAX_MESSAGE_SIZE }),
    );
    this.endpoint = await _bind(
      socket,
      this.#options.endpoints?.reqrep ?? DEFAULT_ENDPOINTS.reqrep,
      this.#options,
    );
    this.run(async () => {
      for await (const frames of socket) {
        const answer = frames.length === 1 ? _answer(String(frames[0])) : null;
        if (answer === null) this.malformed++;
        else this.received++;
        await socket.send(answer ?? "null");
        this.sent++;
      }
    }, socket);
  }
}
