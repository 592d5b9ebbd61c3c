import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  // Browsers and their bundlers take ES modules; @orq-sdk/core stays an import, shared with it.
  format: ["esm"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "browser",
  sourcemap: true,
  treeshake: true,
});
