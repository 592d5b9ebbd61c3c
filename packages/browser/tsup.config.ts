import { defineConfig } from "tsup";

export default defineConfig({
  // The root is generated (it names every standalone function): see src/generated/index.ts.
  entry: { index: "src/generated/index.ts", "models/errors": "src/models/errors.ts" },
  // Bundlers take the ES module build; CommonJS apps bundled by webpack or Browserify get the
  // CJS one. @orq-sdk/core stays an external import either way, shared with it.
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "browser",
  sourcemap: true,
  treeshake: true,
});
