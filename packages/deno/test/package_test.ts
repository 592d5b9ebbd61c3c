// The package as it is published: JSR's dry run passes (no slow types, exactly the intended
// files), its versions and pins agree with the npm packages, and every standalone function of
// core is exported.
import assert from "node:assert/strict";
import * as core from "@orq-sdk/core";
import * as deno from "../mod.ts";
import * as errors from "@orq-sdk/deno/models/errors";
import { runDeno } from "./_helpers.ts";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => Deno.readTextFile(new URL(path, root));
const json = async (path: string) => JSON.parse(await read(path));

Deno.test("versions and pins agree with the npm packages", async () => {
  const denoJson = await json("packages/deno/deno.json");
  const denoPkg = await json("packages/deno/package.json");
  const coreJson = await json("packages/core/deno.json");
  const corePkg = await json("packages/core/package.json");
  assert.equal(denoJson.name, "@orq-sdk/deno");
  assert.equal(denoJson.version, denoPkg.version, "deno.json and package.json of @orq-sdk/deno");
  assert.equal(coreJson.name, "@orq-sdk/core");
  assert.equal(coreJson.version, corePkg.version, "deno.json and package.json of @orq-sdk/core");
  assert.equal(denoJson.version, corePkg.version, "all SDK packages share one version");
  // Pinned to exactly the core it is released with, which `links` resolves to ../core.
  assert.equal(denoJson.imports["@orq-sdk/core"], `jsr:@orq-sdk/core@${corePkg.version}`);
  // openapi-fetch: the version the npm build uses (the pnpm catalog), pinned.
  const catalog = (await read("pnpm-workspace.yaml")).match(/^\s+openapi-fetch:\s*(\S+)\s*$/m);
  assert.ok(catalog, "openapi-fetch in the pnpm catalog");
  assert.equal(coreJson.imports["openapi-fetch"], `npm:openapi-fetch@${catalog[1]}`);
  // eventsource-parser (event streams): the version core's package.json pins.
  const parser = corePkg.dependencies["eventsource-parser"];
  assert.match(parser, /^\d+\.\d+\.\d+$/, "eventsource-parser pinned in core's package.json");
  assert.equal(coreJson.imports["eventsource-parser"], `npm:eventsource-parser@${parser}`);
});

Deno.test("every standalone function of core is exported, the same function", async () => {
  // Their Deno types come from src/generated/standalone.ts (one per operation, kept by
  // generate:check); inputs_test.ts calls them with a Deno.FsFile.
  const index = await read("packages/core/src/generated/index.ts");
  const names = [...index.matchAll(/export \* from "\.\/funcs\/(\w+)\.js";/g)].map((m) => m[1]!);
  assert.ok(names.length > 0);
  for (const name of names) {
    assert.equal(typeof (core as Record<string, unknown>)[name], "function", name);
    assert.equal((deno as Record<string, unknown>)[name], (core as Record<string, unknown>)[name]);
  }
});

Deno.test("mod.ts exports all of core, with Deno's Orq and OrqCore", () => {
  for (const name of Object.keys(core)) assert.ok(name in deno, `${name} is exported`);
  assert.notEqual(deno.Orq, core.Orq);
  assert.ok(new deno.Orq({ apiKey: "k" }) instanceof core.Orq);
  assert.ok(new deno.OrqCore({ apiKey: "k" }) instanceof core.OrqCore);
  assert.equal(deno.denoRuntime.name, "deno");
});

Deno.test("@orq-sdk/deno/models/errors gives the same error classes, as the official SDK's", () => {
  const names = Object.keys(errors);
  for (const name of ["OrqError", "APIError", "SDKValidationError", "HTTPClientError"])
    assert.ok(names.includes(name), `${name} is exported`);
  for (const name of names) {
    const found = (errors as Record<string, unknown>)[name];
    assert.ok(typeof found === "function" && found.prototype instanceof Error, `${name}: a class`);
    // The root's own (the classes of inline bodies are not at the root: their names are types there).
    if (name in deno)
      assert.equal(found, (deno as Record<string, unknown>)[name], `${name}: the root's`);
  }
});

/** `deno publish --dry-run` in `dir`: its output, and the files it would publish. */
async function dryRun(dir: string) {
  const r = await runDeno(["publish", "--dry-run", "--allow-dirty"], {
    cwd: new URL(dir, root).pathname,
  });
  const files = [...r.stdout.concat(r.stderr).matchAll(/^\s+file:\/\/\S+?\/(packages\/\S+) \(/gm)]
    .map((m) => m[1]!)
    .sort();
  // What it says, without the list of files it would publish: a file may be named so as to read
  // like a warning (`problem-message.ts`).
  const said = (r.stdout + r.stderr)
    .split("\n")
    .filter((line) => !/^\s*file:\/\//.test(line))
    .join("\n");
  return { ...r, files, said };
}

Deno.test("JSR: @orq-sdk/deno publishes, without slow types, exactly its files", async () => {
  const r = await dryRun("packages/deno/");
  const output = r.stdout + r.stderr;
  assert.equal(r.code, 0, output);
  assert.match(output, /Success Dry run complete/);
  assert.doesNotMatch(r.said, /^(warning|error)\b|problem/im);
  assert.deepEqual(r.files, [
    "packages/deno/README.md",
    "packages/deno/deno.json",
    "packages/deno/mod.ts",
    "packages/deno/src/env.ts",
    "packages/deno/src/file-from-path.ts",
    "packages/deno/src/file-on-disk.ts",
    "packages/deno/src/fs-file.ts",
    "packages/deno/src/generated/standalone.ts",
    "packages/deno/src/models/errors.ts",
    "packages/deno/src/net.ts",
    "packages/deno/src/runtime.ts",
    "packages/deno/src/stream-limit.ts",
    "packages/deno/src/types.ts",
  ]);
});

// Core's one slow type (a parameter typed by its default value) is core's to fix; this test
// runs as soon as it is (see packages/deno/README.md, "What core needs").
const coreSlowType = /boundary = randomBoundary\(\)/.test(
  await read("packages/core/src/multipart/stream-encoder.ts"),
);

Deno.test({
  name: "JSR: @orq-sdk/core publishes its TypeScript source, without slow types",
  ignore: coreSlowType,
  async fn() {
    const r = await dryRun("packages/core/");
    const output = r.stdout + r.stderr;
    assert.equal(r.code, 0, output);
    assert.doesNotMatch(r.said, /^(warning|error)\b|problem/im);
    assert.ok(r.files.includes("packages/core/src/index.ts"));
    assert.deepEqual(
      r.files.filter((f) => !/^packages\/core\/src\/.+\.ts$/.test(f)),
      ["packages/core/README.md", "packages/core/deno.json"],
    );
  },
});
