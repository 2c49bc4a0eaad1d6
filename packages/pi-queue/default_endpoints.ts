/** Where the three sockets that bind live: the publisher, the replier and the puller. */
export interface Endpoints {
  /** bitsource's PUB binds here; always_yes and judge SUBscribe. */
  readonly pubsub: string;
  /** pythagoras's REP binds here; judge's REQ connects. */
  readonly reqrep: string;
  /** tally's PULL binds here; always_yes and judge PUSH. */
  readonly pushpull: string;
}

/**
 * The book's endpoints, on loopback ports 6700, 6701 and 6702.
 *
 * @example
 * ```ts
 * import { DEFAULT_ENDPOINTS } from "@ch8/pi-queue";
 *
 * DEFAULT_ENDPOINTS.pubsub; //=> "tcp://127.0.0.1:6700"
 * ```
 */
export const DEFAULT_ENDPOINTS: Endpoints = Object.freeze({
  pubsub: "tcp://127.0.0.1:6700",
  reqrep: "tcp://127.0.0.1:6701",
  pushpull: "tcp://127.0.0.1:6702",
});
