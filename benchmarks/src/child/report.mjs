// How a child process hands its figures to the harness: one JSON line on stdout. Run by the
// harness (BENCH_HOLD=1), it then waits for its stdin to close, so that the harness can read
// the process's peak RSS from /proc/<pid>/status while it is still there (see ../rss.ts);
// `maxRss` (getrusage, the same figure) is the fallback where there is no /proc.
export function report(result) {
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ ...result, maxRss })}\n`, () => {
    if (process.env.BENCH_HOLD !== "1") process.exit(0);
    process.stdin.on("end", () => process.exit(0));
    process.stdin.resume();
  });
}

export function reportError(error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  report({ error: message.replace(/\s+/g, " ").slice(0, 300) });
}

/** The client module named on the command line (a file in ../clients). */
export async function loadClient(name, url) {
  const { client } = await import(new URL(`../clients/${name}.mjs`, import.meta.url).href);
  return client(url);
}
