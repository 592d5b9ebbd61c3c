import { defineConfig } from "vitest/config";

export default defineConfig({
  // Hooks write and remove 50 MB files and transpile child programs: on a loaded 2-core CI
  // machine that can take longer than vitest's default 10 s.
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
});
