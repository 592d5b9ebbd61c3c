import { statSync } from "node:fs";
import { builtinModules } from "node:module";
import { describe, expect, inject, it } from "vitest";
import { npmPackages, type Manifest } from "../src/packages.js";
import { readTarball } from "../src/tar.js";

// What `pnpm pack` made: the tarballs `pnpm publish` would upload, read as npm reads them.
const { tarballs } = inject("ecosystem");
const packed = tarballs.map(({ name, tarball }) => {
  const files = readTarball(tarball);
  const manifest = JSON.parse(files.get("package.json")!.toString("utf8")) as Manifest;
  return { name, tarball, files, manifest };
});
const sdkNames = new Set<string>(npmPackages.map((p) => p.name));

describe.each(packed)("$name, packed", ({ name, tarball, files, manifest }) => {
  it("has a manifest npm can install: no workspace: or catalog: ranges, internal ones exact", () => {
    expect(manifest.name).toBe(name);
    expect(manifest.private).toBeFalsy();
    for (const field of [
      "dependencies",
      "peerDependencies",
      "optionalDependencies",
      "devDependencies",
    ] as const) {
      for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
        expect(range, `${field}.${dep}`).not.toMatch(/^(workspace|catalog|link|file):/);
        // The SDK packages share one version: each depends on exactly the others' version.
        if (field === "dependencies" && sdkNames.has(dep)) {
          expect(range, `${field}.${dep}`).toBe(manifest.version);
        }
      }
    }
  });

  it("ships only what users need: dist, README, LICENSE, package.json (and a command's bin)", () => {
    const paths = [...files.keys()];
    const bins = Object.values((manifest.bin ?? {}) as Record<string, string>).map((b) =>
      b.replace(/^\.\//, ""),
    );
    for (const path of paths) {
      if (bins.includes(path)) continue;
      expect(path).toMatch(/^(dist\/.+|README\.md|LICENSE|package\.json)$/);
    }
    expect(paths).toContain("LICENSE");
    expect(files.get("LICENSE")!.toString()).toMatch(/^MIT License/);
    expect(manifest.license).toBe("MIT");
    expect(files.get("README.md")!.toString()).toMatch(/^```ts$/m);
    console.log(`${name}: ${paths.length} files, ${statSync(tarball).size} bytes packed`);
  });

  it("declares ESM and CJS entry points with their own types, all present", () => {
    expect(manifest.type).toBe("module");
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.engines?.["node"]).toMatch(/^>=20/);
    const root = (manifest.exports as Record<string, unknown>)["."] as Record<
      "import" | "require",
      { types: string; default: string }
    >;
    // `types` first in each condition, as TypeScript requires; .d.cts beside the CJS build.
    expect(Object.keys(root.import)).toEqual(["types", "default"]);
    expect(Object.keys(root.require)).toEqual(["types", "default"]);
    expect(root.import.types).toMatch(/\.d\.ts$/);
    expect(root.require.types).toMatch(/\.d\.cts$/);
    expect(root.require.default).toMatch(/\.cjs$/);
    const referenced = [
      root.import.types,
      root.import.default,
      root.require.types,
      root.require.default,
      manifest.main,
      manifest.module,
      manifest.types,
      ...(typeof manifest.bin === "string" ? [manifest.bin] : Object.values(manifest.bin ?? {})),
    ].filter((p): p is string => typeof p === "string");
    for (const path of referenced) expect(files.has(path.replace(/^\.\//, "")), path).toBe(true);
    for (const bin of Object.values(manifest.bin ?? {})) {
      expect(files.get(bin.replace(/^\.\//, ""))!.toString("utf8")).toMatch(
        /^#!\/usr\/bin\/env node\n/,
      );
    }
  });

  it("imports nothing it does not declare", () => {
    const declared = new Set([
      name,
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
    ]);
    const builtins = new Set(builtinModules);
    const missing = new Set<string>();
    for (const [path, bytes] of files) {
      if (!/^dist\/.*\.(js|cjs|mjs|d\.ts|d\.cts)$/.test(path)) continue;
      const code = bytes.toString("utf8");
      const specifiers = code.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']([^"'./][^"']*)["']/g,
      );
      for (const [, specifier] of specifiers) {
        if (specifier!.startsWith("node:") || builtins.has(specifier!)) continue;
        const pkg = specifier!.startsWith("@")
          ? specifier!.split("/").slice(0, 2).join("/")
          : specifier!.split("/")[0]!;
        if (!declared.has(pkg)) missing.add(`${pkg} (in ${path})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

it("every SDK package has the same version (the changesets `fixed` group)", () => {
  const versions = new Set(packed.map((p) => p.manifest.version));
  expect([...versions]).toHaveLength(1);
});
