import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packs the packages and npm-installs them into a temporary project, once for all files.
    globalSetup: ["test/global-setup.ts"],
    // Real installs and real processes on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Each test runs processes of its own; two at a time keep both cores busy.
    maxConcurrency: 2,
    // The two files share the machine: one at a time keeps the timings honest.
    fileParallelism: false,
  },
});
