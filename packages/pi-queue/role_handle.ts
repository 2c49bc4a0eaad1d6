import type { RoleStats } from "./role.ts";
import type { RoleName } from "./role_name.ts";
import type { TallySnapshot } from "./tally.ts";

/** A role's counts, plus tally's estimate when the role is tally. */
export interface RoleReport extends RoleStats {
  /** tally only: points, inside, estimate, standard error, malformed. */
  readonly tally?: TallySnapshot;
}

/** A running role, in this process or in a child process, as a pipeline drives it. */
export interface RoleHandle {
  readonly name: RoleName;
  /** The endpoint a binder bound (with a `*` port resolved); `undefined` for connectors. */
  readonly endpoint: string | undefined;
  /** The child's process id, or `undefined` for a role running in this process. */
  readonly pid: number | undefined;
  /** Current counts. */
  report(): Promise<RoleReport>;
  /** bitsource: stop publishing, keep delivering; resolves when `sent` is final. Others: no-op. */
  stop(): Promise<void>;
  /** Close the role's sockets (and end its process); safe to call more than once. */
  close(): Promise<void>;
}
