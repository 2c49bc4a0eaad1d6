import { Reply } from "zeromq";
import { _answer, _answerBatch } from "./_pythagoras_answer.ts";
import { _RoleBase } from "./_role_base.ts";
import { _BATCH, _REQUEST_MAX_MESSAGE_SIZE } from "./_wire.ts";
import { DEFAULT_ENDPOINTS } from "./default_endpoints.ts";
import type { RoleOptions } from "./role_options.ts";

/**
 * The book's `pythagoras`: a REP socket bound at `endpoints.reqrep` that answers a JSON array
 * of integers with the JSON integer sum of their squares, exact at any size (and a batched
 * request with a batch of sums). A malformed request is counted and answered with `null`: a REP
 * always answers, so the asker never wedges.
 *
 * @example
 * ```ts
 * import { Request } from "zeromq";
 * import { PythagorasRole } from "@ch8/pi-queue";
 *
 * const pythagoras = new PythagorasRole({ endpoints: { reqrep: "tcp://127.0.0.1:*" } });
 * await pythagoras.start();
 * // Ask it as the book's judge does: a JSON array in, a JSON integer out.
 * const judge = new Request({ linger: 0 });
 * judge.connect(pythagoras.endpoint!);
 * await judge.send("[3, 4]");
 * String((await judge.receive())[0]); //=> "25"
 * await judge.send("[4294967295, 4294967295]");
 * String((await judge.receive())[0]); //=> "36893488130239234050"
 *
 * judge.close();
 * await pythagoras.close();
 * ```
 */
export class PythagorasRole extends _RoleBase {
  readonly name = "pythagoras" as const;

  constructor(options: RoleOptions = {}) {
    super(options);
  }

  protected async open(): Promise<void> {
    const socket = this.track(new Reply({ linger: 0, maxMessageSize: _REQUEST_MAX_MESSAGE_SIZE }));
    this.endpoint = await this.bindTo(
      socket,
      this.options.endpoints?.reqrep ?? DEFAULT_ENDPOINTS.reqrep,
    );
    this.run(async () => {
      for await (const frames of socket) {
        const [request] = frames;
        let answer: string | Buffer | null = null;
        if (frames.length === 1 && request !== undefined) {
          answer = request[0] === _BATCH ? _answerBatch(request) : _answer(request.toString());
        }
        if (answer === null) this.malformed++;
        else this.received++;
        await socket.send(answer ?? "null");
        this.sent++;
      }
    }, socket);
  }
}
