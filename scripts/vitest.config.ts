import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["generate/test/**/*.test.ts", "spec/test/**/*.test.ts"],
    // The full-spec test generates ~5 MB of TypeScript twice and type-checks it with tsc
    // (scripts/node_modules/.bin/tsc); on a busy 2-core machine that is a minute, not 5 s.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
