/**
 * Entry point of a role process: `node dist/role_main.js`, spawned by
 * {@linkcode spawnRole}. Not part of the public API.
 * @module
 */
import { runRoleProcess } from "./run_role_process.ts";

await runRoleProcess();
