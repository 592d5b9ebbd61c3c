#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startMockServer } from "./server.js";

const USAGE = `Usage: orq-mock [--port 4010] [--host 127.0.0.1] [--spec path/to/openapi.yaml] [--quiet]

Serves a mock of the orq.ai API (or of the given OpenAPI 3.0/3.1 spec): every request is
validated against the spec and answered with a schema-valid response. Any non-empty bearer
token is accepted. Prints the URL on stdout once it is listening.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      spec: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid --port: ${values.port}`);

  const server = await startMockServer({
    port,
    host: values.host,
    spec: values.spec,
    // A long-running mock must not grow without bound.
    maxRecordedRequests: 1000,
    onRequest: values.quiet
      ? undefined
      : (r) =>
          process.stderr.write(
            `${r.status || "---"} ${r.method} ${r.path}${r.operationId ? ` (${r.operationId})` : ""}\n`,
          ),
  });
  process.stdout.write(`${server.url}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (!values.quiet) process.stderr.write(`orq-mock: ${signal}, shutting down\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`orq-mock: ${(error as Error).message}\n\n${USAGE}\n`);
  process.exit(1);
});
