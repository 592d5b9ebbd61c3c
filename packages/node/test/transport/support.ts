// Helpers shared by the transport and file tests: local servers, temp files, child processes.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface TestServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** A `node:http` server on 127.0.0.1 and a free port. */
export async function startServer(handler: http.RequestListener): Promise<TestServer> {
  const server = http.createServer(handler);
  // Long enough that a pooled client socket which kept its process alive would show.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Reads a request body to its end: its length and SHA-256. */
export function digestRequest(
  req: http.IncomingMessage,
): Promise<{ bytes: number; sha256: string }> {
  return new Promise((done, fail) => {
    const hash = createHash("sha256");
    let bytes = 0;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      hash.update(chunk);
    });
    req.on("end", () => done({ bytes, sha256: hash.digest("hex") }));
    req.on("error", fail);
  });
}

export async function readRequest(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface TempFile {
  path: string;
  size: number;
  sha256: string;
  dir: string;
  remove(): Promise<void>;
}

/** A temp file of random bytes, written in 1 MiB pieces (never whole in memory). */
export async function makeTempFile(size: number, name = "random.bin"): Promise<TempFile> {
  const dir = await mkdtemp(join(tmpdir(), "orq-node-test-"));
  const path = join(dir, name);
  const hash = createHash("sha256");
  const out = createWriteStream(path);
  for (let written = 0; written < size;) {
    const piece = randomBytes(Math.min(1024 * 1024, size - written));
    hash.update(piece);
    written += piece.length;
    if (!out.write(piece)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((done, fail) =>
    out.end((err?: Error | null) => (err ? fail(err) : done())),
  );
  return {
    path,
    size,
    sha256: hash.digest("hex"),
    dir,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Child scripts run as plain JavaScript, transpiled here with the package's own TypeScript: a
 * loader such as tsx would run in a second thread in Node 20 and add some 30 MB to the RSS the
 * memory tests measure. Transpiles src/transport, src/files and the fixture folders into a temp
 * folder of the same layout (their relative `.js` imports then just work); returns its path.
 */
export async function transpileForChild(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "orq-node-child-"));
  const folders = ["src/transport", "src/files", "test/transport/fixtures", "test/files/fixtures"];
  for (const folder of folders) {
    const entries = await readdir(join(PACKAGE_ROOT, folder)).catch(() => [] as string[]);
    await mkdir(join(dir, folder), { recursive: true });
    for (const entry of entries.filter((e) => e.endsWith(".ts"))) {
      const source = await readFile(join(PACKAGE_ROOT, folder, entry), "utf8");
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: true,
        },
        fileName: entry,
      });
      await writeFile(join(dir, folder, entry.replace(/\.ts$/, ".js")), outputText);
    }
  }
  await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  // The package's dependencies (`@orq-sdk/core`, which `fileFromPath` takes media types from),
  // found as from the package.
  await symlink(join(PACKAGE_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** ms from the first stdout line that starts with `marker` to the process's exit. */
  sinceMarker: number | undefined;
}

/** Runs a (transpiled) fixture script with `node`. */
export function runChild(
  script: string,
  args: string[],
  options: { nodeFlags?: string[]; marker?: string; timeoutMs?: number } = {},
): Promise<ChildResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), script, ...args], {
      cwd: PACKAGE_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let markedAt: number | undefined;
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      stdout += text;
      if (
        markedAt === undefined &&
        options.marker &&
        stdout.split("\n").some((l) => l.startsWith(options.marker!))
      ) {
        markedAt = performance.now();
      }
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(
        new Error(
          `child ${script} did not exit within ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`,
        ),
      );
    }, options.timeoutMs ?? 60_000);
    child.on("error", fail);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const exitedAt = performance.now();
      // Let the pipes flush what was written just before exit.
      setImmediate(() =>
        done({
          code,
          signal,
          stdout,
          stderr,
          sinceMarker: markedAt === undefined ? undefined : exitedAt - markedAt,
        }),
      );
    });
  });
}

/** The last line of stdout, as JSON. */
export function lastJson<T>(stdout: string): T {
  const line = stdout.trim().split("\n").at(-1);
  if (!line) throw new Error("the child printed nothing");
  return JSON.parse(line) as T;
}

/** Sockets an agent has in use or pooled, per kind. */
export function agentSockets(agent: http.Agent): { active: number; free: number } {
  const count = (pool: NodeJS.ReadOnlyDict<unknown[]>): number =>
    Object.values(pool).reduce((n, list) => n + (list?.length ?? 0), 0);
  return { active: count(agent.sockets), free: count(agent.freeSockets) };
}
