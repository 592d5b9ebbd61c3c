import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "models/errors": "src/models/errors.ts" },
  format: ["esm", "cjs"],
  // One copy of the error classes (and of all else) shared by both entries, in CommonJS too.
  splitting: true,
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  sourcemap: true,
  // Bundlers tree-shake the ESM build; keeping modules apart keeps that precise. Dependencies
  // have no side effects: one used only by a feature this spec lacks (eventsource-parser, for
  // event streams) leaves no bare `import "…"` behind.
  treeshake: {
    preset: "recommended",
    moduleSideEffects: "no-external",
    tryCatchDeoptimization: false,
  },
});
