import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { benchDir } from "./paths.js";

export interface SinkStats {
  requests: number;
  bytes: number;
}

export interface Sink {
  url: string;
  stats(): Promise<SinkStats>;
  close(): Promise<void>;
}

/** Starts sink.mjs in its own process: what it costs is never counted to a client. */
export async function startSink(): Promise<Sink> {
  const child: ChildProcess = spawn(process.execPath, [join(benchDir, "src/sink.mjs")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.setEncoding("utf8");
  while (!out.includes("\n")) {
    const [chunk] = (await Promise.race([
      once(child.stdout!, "data"),
      once(child, "exit").then(() => {
        throw new Error("the sink exited before listening");
      }),
    ])) as [string];
    out += chunk;
  }
  const { port } = JSON.parse(out) as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async stats() {
      const res = await fetch(`${url}/__stats`);
      return (await res.json()) as SinkStats;
    },
    async close() {
      child.kill("SIGTERM");
      if (child.exitCode === null) await once(child, "exit");
    },
  };
}
