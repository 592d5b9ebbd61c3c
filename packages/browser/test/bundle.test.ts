// The package's whole graph bundles for a browser with no Node built-in and no polyfill.
import { describe, expect, it } from "vitest";
import { bundleApp, MINIMAL_EDIT_APP } from "./helpers/bundle.js";

describe("browser bundle", () => {
  it("the whole API bundles for the browser without a Node built-in", async () => {
    const everything = await bundleApp(`export * from "@orq-sdk/browser";`);
    // Everything exported, so nothing is shaken away: the package's whole graph.
    expect(everything.nodeImports).toEqual([]);
    const inputs = Object.keys(everything.metafile.inputs);
    // What a bundler would add to stand in for Node: none of it may be here.
    expect(
      inputs.filter((p) =>
        /node_modules\/(\.pnpm\/)?(buffer|process|events|util|stream-browserify|path-browserify|readable-stream|node-fetch|undici|form-data)[@/]/.test(
          p,
        ),
      ),
    ).toEqual([]);
    // The graph is the two packages (core's build in its entry and the chunk its entries share)
    // and openapi-fetch, nothing else.
    expect(
      inputs.every((p) =>
        /^(app\.js|dist\/index\.js|\.\.\/core\/dist\/(index|chunk-\w+)\.js)$|openapi-fetch/.test(p),
      ),
      inputs.join("\n"),
    ).toBe(true);
    expect(everything.code).not.toMatch(/\bprocess\.env\b|\brequire\(|__require/);
  });

  it("the same from the sources, so no Node API hides behind the build", async () => {
    const fromSources = await bundleApp(`export * from "@orq-sdk/browser";`, "src");
    expect(fromSources.nodeImports).toEqual([]);
  });

  it("a minimal app holds only the operation it calls", async () => {
    const app = await bundleApp(MINIMAL_EDIT_APP);
    expect(app.code).toContain("/v2/router/images/edits");
    expect(app.code).not.toContain("/v2/router/images/variations");
  });

  it("a Node built-in in the graph fails the build", async () => {
    await expect(bundleApp(`import "node:fs"; export * from "@orq-sdk/browser";`)).rejects.toThrow(
      /Node built-ins in the bundle: node:fs \(imported by/,
    );
  });
});
