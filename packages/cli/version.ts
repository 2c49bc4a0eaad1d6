import { readFileSync } from "node:fs";

/**
 * The version of `@ch8/cli`, read from its package.json (beside the sources or above `dist/`).
 *
 * @example
 * ```ts
 * import { version } from "@ch8/cli";
 *
 * /^\d+\.\d+\.\d+/.test(version()); //=> true
 * ```
 */
export function version(): string {
  for (const path of ["./package.json", "../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
      if (pkg.name === "@ch8/cli") return String(pkg.version);
    } catch {
      // not here: try the next place
    }
  }
  return "unknown";
}
