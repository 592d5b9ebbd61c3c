/**
 * Operations that only open a WebSocket (Together's `GET /realtime`, which answers `101
 * Switching Protocols` alone): fetch cannot open one, so the generated method failed at every
 * call (probe70). The SDK has none now, and `pnpm generate` names each one it leaves out; an
 * operation that may also answer 2XX keeps its method.
 */
import { expect, test } from "vitest";
import { generateCli } from "./helpers.js";

const switching = { "101": { description: "Switching Protocols" } };
const spec = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  servers: [{ url: "https://api.example.com" }],
  paths: {
    "/realtime": {
      get: {
        operationId: "realtime",
        parameters: [{ name: "model", in: "query", schema: { type: "string" } }],
        responses: { ...switching, "401": { description: "no key" } },
      },
    },
    "/models": {
      get: {
        operationId: "listModels",
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { type: "array" } } },
          },
        },
      },
    },
    "/events": {
      // A 2XX beside the 101: something fetch can read.
      get: {
        operationId: "events",
        responses: {
          ...switching,
          "200": {
            description: "polled",
            content: { "application/json": { schema: { type: "object" } } },
          },
        },
      },
    },
  },
};

test("leaves out what only opens a WebSocket, says so, and keeps the rest", async () => {
  const generated = await generateCli(spec, "websocket-operations", ["operations.ts", "paths.ts"]);
  expect(generated.code, generated.output).toBe(0);
  expect(generated.output).toContain(
    "warning: GET /realtime: it answers only 101 Switching Protocols (a WebSocket), which fetch cannot open: the SDK has no method for it",
  );
  expect(generated.output.match(/101 Switching/g)).toHaveLength(1);
  const operations = generated.files.get("operations.ts")!;
  expect(operations).not.toContain('"/realtime"');
  expect(operations).toContain('"/models"');
  expect(operations).toContain('"/events"');
  expect(generated.files.get("paths.ts")).toMatch(
    /"\/realtime": \{[^}]*\{[^}]*\};\s*get\?: never;/,
  );
});
