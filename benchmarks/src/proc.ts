import { spawn } from "node:child_process";
import { peakRssOf } from "./rss.js";

export interface ProcOptions {
  cwd?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface Reported {
  /** The child's JSON line. */
  output: Record<string, unknown>;
  /** Bytes, from /proc/<pid>/status when the child reported, else the child's getrusage. */
  peakRss: number | undefined;
}

/**
 * Runs a child that prints one JSON line and then waits for its stdin to close
 * (child/report.mjs, deno/upload.ts): reads its peak RSS at that moment, then lets it exit.
 */
export function runReporting(
  command: string,
  args: string[],
  options: ProcOptions = {},
): Promise<Reported> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", ...options.env, BENCH_HOLD: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let reported: Reported | undefined;
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 300_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const line = /^(\{.*\})\s*$/m.exec(stdout)?.[1];
      if (reported || !line) return;
      const output = JSON.parse(line) as Record<string, unknown>;
      const selfReported = typeof output.maxRss === "number" ? output.maxRss : undefined;
      reported = { output, peakRss: peakRssOf(child.pid!) ?? selfReported };
      child.stdin.end();
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (reported) resolve(reported);
      else
        reject(
          new Error(
            `${command} ${args.join(" ")} exited (${signal ?? code}) without a result:\n${stderr.slice(-2000)}`,
          ),
        );
    });
  });
}

/** Wall time of a process from spawn to exit, in ms (process.hrtime); throws on failure. */
export function timeProcess(
  command: string,
  args: string[],
  options: ProcOptions = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 300_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      if (code === 0) resolve(ms);
      else
        reject(
          new Error(
            `${command} ${args.join(" ")} failed (${signal ?? code}):\n${output.slice(-2000)}`,
          ),
        );
    });
  });
}
