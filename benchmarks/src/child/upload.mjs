// One upload from disk in its own process:
//   node upload.mjs <client> <sink url> <warm-up file | -> <file>...
// Warms up with one small file (code paths, connection), then times one request with all the
// files. Prints {ms} or {error} (see report.mjs for the peak RSS).
import { loadClient, report, reportError } from "./report.mjs";

const [name, url, warmUp, ...paths] = process.argv.slice(2);
try {
  const client = await loadClient(name, url);
  if (warmUp !== "-") await client.upload([warmUp]);
  const started = process.hrtime.bigint();
  await client.upload(paths);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  report({ ms });
} catch (error) {
  reportError(error);
}
