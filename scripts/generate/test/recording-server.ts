import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A server on 127.0.0.1 that answers every request with the same JSON and keeps what it was asked. */
export async function recordingServer(
  answer: object = { upload_id: "u1" },
): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    req.resume().on("end", () => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}
