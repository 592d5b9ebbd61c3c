import { copyFile } from "node:fs/promises";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: true,
  target: "node20",
  platform: "node",
  // import.meta.url (used to find the bundled spec) then also works in the CJS build.
  shims: true,
  clean: true,
  sourcemap: true,
  // cli.ts starts with "#!/usr/bin/env node"; esbuild keeps it as the first line of dist/cli.*.
  // A tsup `banner` would put it on index.* as well.
  async onSuccess() {
    // The mock ships its spec; the repository keeps the one copy in specs/.
    await copyFile("../../specs/openapi.yaml", "dist/openapi.yaml");
  },
});
