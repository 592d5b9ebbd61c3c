import { readFileSync } from "node:fs";

/**
 * The peak resident set size of a running process, from the OS's own accounting: VmHWM (the
 * resident set's high-water mark) in /proc/<pid>/status, the figure `/usr/bin/time -v` reports
 * as "Maximum resident set size". Children read it at their end: they print their result, then
 * wait for their stdin to close (child/report.mjs, deno/upload.ts). `undefined` off Linux.
 */
export function peakRssOf(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    return kib ? Number(kib[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
