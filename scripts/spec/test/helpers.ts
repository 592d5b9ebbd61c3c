/** What the spec tool tests share: paths, the published spec (read in place), small specs. */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fullSpec, hasFullSpec } from "../../generate/test/helpers.js";
import { repoRoot } from "../paths.js";
import type { Json, JsonObject } from "../spec-file.js";

export { repoRoot };
export const fixtures = join(repoRoot, "scripts/spec/test/fixtures");

/** The whole published orq spec: read where it is, never copied into the repo (see there). */
export { fullSpec, hasFullSpec };
export const noFullSpec = `skipped: the published orq spec is not at ${fullSpec}`;

export async function tempDir(
  prefix: string,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `orq-spec-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs a command; resolves with its exit code and everything it printed. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d));
    child.stderr.on("data", (d: Buffer) => (output += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}

/** Runs one of the spec tools (`spec/update.ts`, …) as the root scripts do (`scripts/run.mjs`). */
export function runTool(tool: string, args: string[], cwd = join(repoRoot, "scripts")) {
  return run(process.execPath, [join(repoRoot, "scripts/run.mjs"), `spec/${tool}`, ...args], {
    cwd,
    env: { INIT_CWD: cwd },
  });
}

export interface OpFixture {
  path?: string;
  method?: string;
  operationId?: string;
  parameters?: Json[];
  request?: Json;
  requestRequired?: boolean;
  mediaType?: string;
  response?: Json;
}

/**
 * A small OpenAPI 3.1 document with the given operations (default: one `POST /v2/things`,
 * `createThing`, JSON in and out) and component schemas.
 */
export function specWith(ops: OpFixture[] = [{}], schemas: JsonObject = {}): JsonObject {
  const paths: JsonObject = {};
  for (const op of ops) {
    const path = op.path ?? "/v2/things";
    const item = (paths[path] ??= {}) as JsonObject;
    item[op.method ?? "post"] = {
      operationId: op.operationId ?? "createThing",
      ...(op.parameters ? { parameters: op.parameters } : {}),
      ...(op.request !== undefined
        ? {
            requestBody: {
              required: op.requestRequired ?? true,
              content: { [op.mediaType ?? "application/json"]: { schema: op.request } },
            },
          }
        : {}),
      responses: {
        "200": {
          description: "OK",
          ...(op.response !== undefined
            ? { content: { "application/json": { schema: op.response } } }
            : {}),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "fixture", version: "1" },
    paths,
    ...(Object.keys(schemas).length ? { components: { schemas } } : {}),
  };
}

/** `{ type: "object", properties, required }` */
export function object(properties: JsonObject, required: string[] = []): JsonObject {
  return { type: "object", properties, ...(required.length ? { required } : {}) };
}
