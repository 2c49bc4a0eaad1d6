import { CliError } from "./cli_error.ts";

/**
 * Checks `--servers` before any connection is tried, so a typo is a usage error naming the
 * entry rather than a failure deep in a client: `[user:pass@]host:port[:weight]`, comma-separated.
 */
export function checkServersOption(list: string | undefined, command: string): void {
  if (list === undefined) return;
  const entries = list.split(",").map((entry) => entry.trim());
  if (entries.every((entry) => entry === "")) {
    throw new CliError("E_USAGE", "--servers names no server", command);
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry === "") continue;
    const address = entry.slice(entry.lastIndexOf("@") + 1);
    const bad = (why: string) =>
      new CliError("E_USAGE", `--servers: bad server '${address}': ${why}`, command);
    if (address.startsWith("["))
      throw bad("IPv6 addresses are not supported (memjs cannot reach them)");
    const [host = "", port, weight, ...rest] = address.split(":");
    if (host === "" || port === undefined || rest.length > 0)
      throw bad("expected host:port[:weight]");
    if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
      throw bad("the port must be a number from 1 to 65535");
    }
    if (weight !== undefined && (!/^\d+$/.test(weight) || Number(weight) < 1)) {
      throw bad("the weight must be a whole number >= 1");
    }
    const name = `${host}:${port}`;
    if (seen.has(name)) throw bad("listed twice");
    seen.add(name);
  }
}
