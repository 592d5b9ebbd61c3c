import { spawn } from "node:child_process";

export interface RunResult {
  command: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The process was still running after `timeoutMs` and was killed. */
  timedOut: boolean;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/**
 * The environment a user's shell would give a program: ours, less what pnpm, npm, vitest and
 * turbo put there for their own children (npm_config_* would reconfigure npm, NODE_OPTIONS the
 * runtimes).
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|VITEST|TURBO_|NODE_OPTIONS$|NODE_PATH$|NODE_ENV$|TS_NODE|TSX_)/i.test(key))
      continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs a program to its end (or kills it after `timeoutMs`) and keeps what it printed. */
export function run(file: string, args: string[], options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const command = [file, ...args].join(" ");
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? userEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? 60_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({
        command,
        code: null,
        signal: null,
        stdout,
        stderr: stderr + String(error),
        timedOut,
        ms: performance.now() - started,
      });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ command, code, signal, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}

/** A one-paragraph account of a run that went wrong, for assertion messages. */
export function describeRun(result: RunResult): string {
  const how = result.timedOut
    ? `did not exit within ${Math.round(result.ms / 1000)} s (killed)`
    : `exited with ${result.signal ?? result.code}`;
  const tail = (text: string) => text.trim().split("\n").slice(-40).join("\n");
  return `\`${result.command}\` ${how}\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`;
}

/** Runs a program and throws, with what it printed, unless it exits 0. */
export async function runOk(file: string, args: string[], options: RunOptions): Promise<RunResult> {
  const result = await run(file, args, options);
  if (result.code !== 0) throw new Error(describeRun(result));
  return result;
}
