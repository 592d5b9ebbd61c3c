// The sink: a separate process on 127.0.0.1 that reads every request body to the end, counting
// its bytes without storing them, and answers every POST (orq's /v2/router/images/edits and
// OpenAI's /v1/images/edits alike) with a valid image-edit response, so SDKs that validate
// responses accept it. `GET /__stats` returns the running totals; the harness reads them before
// and after each run to check that the bytes really arrived.
//   node sink.mjs   → prints {"port": N} on stdout once listening
import http from "node:http";

// A 1×1 PNG, the image every answer carries.
const PNG_B64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

let requests = 0;
let bytes = 0;

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/__stats") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ requests, bytes }));
    return;
  }
  let received = 0;
  req.on("data", (chunk) => (received += chunk.length));
  req.on("end", () => {
    requests += 1;
    bytes += received;
    if (req.method !== "POST") {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "not found", code: "not_found" } }));
      return;
    }
    const body = JSON.stringify({
      created: Math.floor(Date.now() / 1000),
      data: [{ b64_json: PNG_B64 }],
      usage: {
        total_tokens: 2,
        input_tokens: 1,
        output_tokens: 1,
        input_tokens_details: { text_tokens: 1, image_tokens: 0 },
      },
    });
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
const stop = () => process.exit(0); // nothing to flush: the counts live in memory only
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
