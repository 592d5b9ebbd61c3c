// The mock orq server for the Deno tests, run by Node: Deno's tests cannot reach the mock's
// in-process `requests` and `faults`, so this wrapper starts it and exposes them on a second
// tiny HTTP server (the control endpoint). It prints one JSON line, `{ "url", "control" }`, and
// exits when its stdin closes (the test that spawned it ended) or on SIGTERM/SIGINT.
//
//   GET  /requests  → the mock's recorded requests, as JSON
//   POST /reset     → forgets recorded requests and pending faults
//   POST /faults    → queues the JSON body as a fault (`{ "kind": "status", "status": 500 }`)
import { createServer } from "node:http";
import { startMockServer } from "@orq-sdk/mock";

const mock = await startMockServer({ port: 0 });

const control = createServer(async (req, res) => {
  const send = (status, body) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  try {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
    if (req.method === "GET" && req.url === "/requests") return send(200, mock.requests);
    if (req.method === "POST" && req.url === "/reset") {
      mock.reset();
      return send(200, { ok: true });
    }
    if (req.method === "POST" && req.url === "/faults") {
      mock.faults.push(body);
      return send(200, { ok: true });
    }
    send(404, { error: `no control endpoint ${req.method} ${req.url}` });
  } catch (error) {
    send(500, { error: String(error) });
  }
});
await new Promise((resolve) => control.listen(0, "127.0.0.1", resolve));
const { port } = control.address();
process.stdout.write(`${JSON.stringify({ url: mock.url, control: `http://127.0.0.1:${port}` })}\n`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  control.closeAllConnections();
  control.close();
  mock.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
