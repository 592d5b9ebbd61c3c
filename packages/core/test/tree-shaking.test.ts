import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

/** Bundles a tiny app the way a web app's bundler would, and returns the code. */
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    alias: { "@orq-sdk/core": entry },
  });
  return result.outputFiles[0]!.text;
}

describe("standalone functions tree-shake", () => {
  it("a bundle that calls one operation holds only that one", async () => {
    const edit = await bundle(`
      import { OrqCore, routerImagesEditsCreate } from "@orq-sdk/core";
      routerImagesEditsCreate(new OrqCore({ apiKey: "k" }), { model: "m", prompt: "p" });`);
    expect(edit).toContain("/v2/router/images/edits");
    expect(edit).not.toContain("/v2/router/images/variations");
    expect(edit).not.toContain("1024x1024"); // the variation's size enum

    const variation = await bundle(`
      import { OrqCore, routerImagesVariationsCreate } from "@orq-sdk/core";
      routerImagesVariationsCreate(new OrqCore({ apiKey: "k" }), { model: "m" });`);
    expect(variation).toContain("/v2/router/images/variations");
    expect(variation).not.toContain("/v2/router/images/edits");
  });

  it("the Orq client holds every operation", async () => {
    const all = await bundle(`import { Orq } from "@orq-sdk/core"; new Orq({ apiKey: "k" });`);
    expect(all).toContain("/v2/router/images/edits");
    expect(all).toContain("/v2/router/images/variations");
  });
});
