/**
 * The book's ZeroMQ pipeline that estimates pi (queuepi.py from chapter 8 of Foundations of
 * Python Network Programming): five roles, bitsource, always_yes, judge, pythagoras and tally,
 * speaking the book's wire format so any of them can be swapped for the Python original. Runs
 * at the book's pace or at full speed without bias (back-pressure, coverage, drain), in one
 * process or one process per role, with several judges and pythagoras workers, an opt-in
 * batched wire format, and CURVE security.
 *
 * @example
 * ```ts
 * import { runPipeline } from "@ch8/pi-queue";
 *
 * // Ports the kernel picks, so nothing else on the machine is in the way.
 * const endpoints = {
 *   pubsub: "tcp://127.0.0.1:*",
 *   reqrep: "tcp://127.0.0.1:*",
 *   pushpull: "tcp://127.0.0.1:*",
 * };
 * // The book's pace (100 points a second) for a fifth of a second...
 * const book = await runPipeline({ seconds: 0.2, endpoints });
 * book.points === book.sent; //=> true
 * // ...and as fast as it goes: still every point sent is tallied, none lost on either path.
 * const fast = await runPipeline({ seconds: 0.2, rate: "max", endpoints });
 * fast.tallied === fast.sent; //=> true
 * fast.estimate; // about 3.14
 * ```
 *
 * @module
 */
export { AlwaysYesRole } from "./always_yes_role.ts";
export { BitsourceRole } from "./bitsource_role.ts";
export type { CurveKeys } from "./curve_keys.ts";
export { curveKeysFromEnv } from "./curve_keys_from_env.ts";
export { DEFAULT_ENDPOINTS, type Endpoints } from "./default_endpoints.ts";
export { deinterleaveBits } from "./deinterleave_bits.ts";
export { formatCurveKeys } from "./format_curve_keys.ts";
export { formatPythonFloat } from "./format_python_float.ts";
export { generateCurveKeys } from "./generate_curve_keys.ts";
export { interleaveBits } from "./interleave_bits.ts";
export { JudgeRole } from "./judge_role.ts";
export { onesAndZeros } from "./ones_and_zeros.ts";
export { type ParsedEndpoint, parseEndpoint } from "./parse_endpoint.ts";
export { type ExactJson, parseExactJson } from "./parse_exact_json.ts";
export { PiQueueError, type PiQueueErrorCode } from "./pi_queue_error.ts";
export { Pipeline, type PipelineResult, type PipelineStatus } from "./pipeline.ts";
export { PythagorasRole } from "./pythagoras_role.ts";
export { readCurveKeys } from "./read_curve_keys.ts";
export type { Role, RoleStats } from "./role.ts";
export type { RoleHandle, RoleReport } from "./role_handle.ts";
export { parseRoleName, ROLE_NAMES, type RoleName } from "./role_name.ts";
export type { RoleOptions } from "./role_options.ts";
export { RoleProcess } from "./role_process.ts";
export { runPipeline } from "./run_pipeline.ts";
export { runRoleProcess } from "./run_role_process.ts";
export { type SpawnRoleOptions, spawnRole } from "./spawn_role.ts";
export { type PipelineOptions, startPipeline } from "./start_pipeline.ts";
export { createRole, startRole } from "./start_role.ts";
export { stringifyPythonJson } from "./stringify_python_json.ts";
export { sumOfSquares } from "./sum_of_squares.ts";
export { Tally, type TallySnapshot } from "./tally.ts";
export { TallyRole } from "./tally_role.ts";
