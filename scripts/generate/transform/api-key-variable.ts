import type { Document } from "../document.js";
import { declaresSecurity } from "./security.js";

/**
 * Second-level labels under which country domains register names (`example.co.uk`,
 * `example.com.au`): the name is the label before them.
 */
const SECOND_LEVEL = new Set(["ac", "co", "com", "edu", "gov", "net", "org"]);

/**
 * The environment variable a client given no `apiKey` reads its key from, named after the
 * API's host (its first server's) as vendors name theirs: `api.orq.ai` → `ORQ_API_KEY`,
 * `api.together.xyz` → `TOGETHER_API_KEY`, `cloud.leonardo.ai` → `LEONARDO_API_KEY`. Every SDK
 * generated from another API's spec read `ORQ_API_KEY`, and sent the orq.ai key to that API's
 * servers (probe70). None where the spec declares no security (its key would be sent to an API
 * that asks for none: Telegram's), or names no host to name it by (a relative server,
 * localhost, an IP address, a variable): then only a key given to the client is sent. Where the
 * spec's text spells a variable of that name (`REPLICATE_API_TOKEN`), that one.
 */
export function apiKeyVariable(doc: Document, server: string): string | undefined {
  if (!declaresSecurity(doc)) return undefined;
  let host: string;
  try {
    host = new URL(server).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split(".");
  const tld = labels.pop()!;
  if (!labels.length || /^\d+$/.test(tld) || /[{}]/.test(host)) return undefined;
  if (labels.length > 1 && tld.length === 2 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  // (A name of a letter or two is the brand with its top-level domain: `api.x.ai` is xAI's,
  // `XAI_API_KEY`; `X_API_KEY` holds X's keys, probe79.)
  const label = labels.at(-1)!;
  const name = (label.length <= 2 ? `${label}${tld}` : label)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_");
  if (!/^[A-Z]/.test(name)) return undefined;
  // The spec's own name for it, where its text says one (Replicate's examples: `Authorization:
  // Bearer $REPLICATE_API_TOKEN`, 37 times; the key was read from `REPLICATE_API_KEY`, probe78).
  const spelled = new Map<string, number>();
  for (const [found] of JSON.stringify(doc).matchAll(
    new RegExp(`\\b${name}_(?:API_(?:KEY|TOKEN)|TOKEN|KEY)\\b`, "g"),
  ))
    spelled.set(found, (spelled.get(found) ?? 0) + 1);
  const said = [...spelled].sort((a, b) => b[1] - a[1])[0]?.[0];
  return said ?? `${name}_API_KEY`;
}
