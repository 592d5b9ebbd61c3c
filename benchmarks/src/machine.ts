import { execFileSync } from "node:child_process";
import os from "node:os";
import { bin } from "./paths.js";

export interface Machine {
  date: string;
  nproc: string;
  cpu: string;
  memory: string;
  os: string;
  node: string;
  deno: string;
  /** 1, 5 and 15 minute load averages at the start and at the end: the run's noise. */
  load: { start: number[]; end?: number[] };
}

function command(file: string, args: string[]): string | undefined {
  try {
    return execFileSync(file, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trimEnd();
  } catch {
    return undefined;
  }
}

export function describeMachine(): Machine {
  return {
    date: new Date().toISOString(),
    nproc: command("nproc", []) ?? String(os.availableParallelism()),
    cpu: os.cpus()[0]?.model ?? "unknown",
    memory: command("free", ["-h"]) ?? `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    deno: command(bin.deno, ["--version"])?.split("\n")[0] ?? "not found",
    load: { start: os.loadavg() },
  };
}

export const loadNow = (): number[] => os.loadavg();
