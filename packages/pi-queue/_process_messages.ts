import type { RoleName } from "./role_name.ts";
import type { RoleOptions } from "./role_options.ts";

/** What a role process is told on its command line: the role and its JSON-safe options. */
export interface _ProcessSpec {
  readonly role: RoleName;
  readonly options: Omit<RoleOptions, "random" | "onLine" | "onError">;
  /** Forward tally's lines to the parent. */
  readonly lines: boolean;
}

/** Messages a role process sends its parent over the IPC channel. */
export type _ChildMessage =
  | { readonly type: "ready"; readonly endpoint: string | undefined }
  | { readonly type: "report"; readonly id: number; readonly report: unknown }
  | { readonly type: "stopped"; readonly id: number }
  | { readonly type: "lines"; readonly lines: string[] }
  | { readonly type: "error"; readonly code: string | undefined; readonly message: string };

/** Messages the parent sends a role process. */
export type _ParentMessage =
  | { readonly type: "spec"; readonly spec: _ProcessSpec }
  | { readonly type: "report"; readonly id: number }
  | { readonly type: "stop"; readonly id: number }
  | { readonly type: "close" };
