// Shared by the tests: the example PNG, hashing, scratch files and running Deno subprocesses.

/** A real 1599-byte PNG (the examples' otter). */
export const otterUrl: URL = new URL("../../../examples/deno/assets/otter.png", import.meta.url);
export const otterPath: string = otterUrl.pathname;
export const otter: Uint8Array<ArrayBuffer> = await Deno.readFile(otterUrl);

export async function sha256(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

export const otterSha: string = await sha256(otter);

/** A PNG of `size` bytes: the otter's first 64 bytes (a valid PNG header), then `fill`. */
export function pngOfSize(size: number, fill = 0): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(fill);
  bytes.set(otter.subarray(0, Math.min(64, size)));
  return bytes;
}

/** A scratch directory, removed when the returned object is disposed (`await using`). */
export async function scratchDir(): Promise<AsyncDisposable & { path: string }> {
  const path = await Deno.makeTempDir({ prefix: "orq-deno-test-" });
  return { path, [Symbol.asyncDispose]: () => Deno.remove(path, { recursive: true }) };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the real `deno` binary (the one running the tests) with `args`; `run` never prompts. */
export async function runDeno(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Run> {
  const started = performance.now();
  const [command, ...rest] = args;
  const output = await new Deno.Command(Deno.execPath(), {
    args: command === "run" ? [command, "--no-prompt", ...rest] : args,
    cwd: options.cwd,
    // ORQ_LOG=debug in the developer's shell would add lines to stderr.
    env: { NO_COLOR: "1", ORQ_LOG: "", ...options.env },
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  }).output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return {
    code: output.code,
    stdout: decode(output.stdout),
    stderr: decode(output.stderr),
    ms: performance.now() - started,
  };
}

/** Fast retries, so the tests that exercise them take milliseconds. */
export const fastRetries = {
  strategy: "backoff",
  backoff: { initialInterval: 1, maxInterval: 10, exponent: 1.5, maxElapsedTime: 10_000 },
} as const;
