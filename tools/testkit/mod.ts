/**
 * Helpers the workspace's tests share (private to this workspace).
 * @module
 */
export { freeEndpoints, freePort } from "./free_port.ts";
export { seededRandom } from "./seeded_random.ts";
