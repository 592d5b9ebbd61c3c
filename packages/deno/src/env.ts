/** The variables every client reads, whether the program relies on them or not (logging). */
const OPTIONAL = new Set(["ORQ_LOG", "ORQ_DEBUG"]);

/**
 * Reads the environment without needing `--allow-env`: the permission is queried first, and a
 * variable the program may not read counts as unset. `ORQ_LOG` is read by every client, so it
 * must never fail or prompt. The key's variable (`ORQ_API_KEY`) is read only when no `apiKey`
 * was given, that is when the program relies on it: then Deno's own prompt (in a terminal) or
 * its `NotCapable` error ("Requires env access to "ORQ_API_KEY", run again with the
 * --allow-env flag") says what to do.
 */
export function readEnv(name: string): string | undefined {
  const state = Deno.permissions?.querySync?.({ name: "env", variable: name }).state ?? "granted";
  if (state === "granted" || !OPTIONAL.has(name)) return Deno.env.get(name);
  return undefined;
}
