import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  sourcemap: true,
  // Bundlers tree-shake the ESM build; keeping modules apart keeps that precise.
  treeshake: true,
});
