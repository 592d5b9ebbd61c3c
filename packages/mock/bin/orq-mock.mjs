#!/usr/bin/env node
// The `orq-mock` command. A file of its own, committed, so that the workspace links the command
// on a fresh install, before `dist/` is built (pnpm warned for each package that depends on it).
await import("../dist/cli.js");
