// Many small edits (an in-memory 1 KB PNG) in its own process:
//   node small-edits.mjs <client> <sink url> <count> <in flight> <warm-up count>
// Sends the warm-up requests, then times `count` requests with at most `in flight` at once.
// Prints {ms, perSecond} or {error}.
import { pngOfSize } from "./png.mjs";
import { loadClient, report, reportError } from "./report.mjs";

const [name, url, count, inFlight, warmUp] = process.argv.slice(2);
const image = pngOfSize(1024);

async function many(client, total, concurrency) {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next += 1;
      await client.edit(image);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}

try {
  const client = await loadClient(name, url);
  await many(client, Number(warmUp), Number(inFlight));
  const started = process.hrtime.bigint();
  await many(client, Number(count), Number(inFlight));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  report({ ms, perSecond: Number(count) / (ms / 1000) });
} catch (error) {
  reportError(error);
}
