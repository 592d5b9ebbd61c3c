import type { Document } from "../document.js";
import { serverURLs } from "./runtime-tables.js";

/**
 * A warning when none of the spec's servers names a host (ElevenLabs' published spec has no
 * `servers` at all, probe73; others give only `/api`): the SDK has no server to default to, so
 * every client must be given a `serverURL`, and no environment variable is named for the key
 * (see `apiKeyVariable`). The client says so when made; `pnpm generate` says it first, where
 * the spec can still be mended. (Not where every operation names a server of its own with a
 * host: see `serverURLs`.)
 */
export function hostlessServerWarnings(doc: Document): string[] {
  const urls = serverURLs(doc);
  if (urls.some((url) => /^[a-z][a-z0-9+.-]*:\/\/[^/?#]/i.test(url))) return [];
  return [
    `the spec names no server with a host (${urls.map((url) => JSON.stringify(url)).join(", ")}): every client must be given one (new Orq({ serverURL: "https://…" })), and no environment variable is read for the API key`,
  ];
}
