import { isObject } from "./document.js";

/** A base path a request may carry before the spec's path templates. */
export interface BasePath {
  /** Matches the base path at the start of a request path, followed by "/". */
  prefix: RegExp;
}

// Stands in for a server variable while the URL is parsed: letters only, so no URL parser
// escapes or lowercases it in the path.
const MARK = "orqmockvariable";

/**
 * The path part of each server URL (`https://api.example.com/v2` → `/v2`), the paths a client
 * configured with that server sends requests under. A variable (`https://{tenant}.x.com/{v}/api`)
 * takes its default; one that sits in the path also takes any value of one segment, as a client
 * may pick any (§ Server Variable Object: the default is only what is used when none is given).
 */
export function serverBasePaths(servers: unknown): BasePath[] {
  if (!Array.isArray(servers)) return [];
  const sources = new Set<string>();
  for (const server of servers) {
    if (!isObject(server) || typeof server.url !== "string") continue;
    const variables = isObject(server.variables) ? server.variables : {};
    const withDefaults = server.url.replace(/\{([^}]*)\}/g, (whole, name: string) => {
      const variable = variables[name];
      return isObject(variable) && typeof variable.default === "string" ? variable.default : whole;
    });
    const literal = withDefaults.includes("{") ? undefined : pathOf(withDefaults);
    if (literal !== undefined) sources.add(escapeRegExp(literal));
    // Every variable of the path marked, so that each can become "any one segment". (The
    // origin goes first: a variable in the port, `http://127.0.0.1:{port}`, is no URL's.)
    let count = 0;
    const marked = pathOf(
      server.url
        .replace(/^([a-z][a-z\d+.-]*:)?\/\/[^/]*/i, "")
        .replace(/\{[^}]*\}/g, () => `${MARK}${count++}x`),
    );
    if (marked !== undefined && marked.includes(MARK)) {
      const parts = marked.split(new RegExp(`${MARK}\\d+x`));
      sources.add(parts.map(escapeRegExp).join("[^/]+"));
    }
  }
  return [...sources]
    .filter((source) => source !== "")
    .map((source) => ({ prefix: new RegExp(`^${source}(?=/)`) }));
}

/** The URL's path without trailing slashes ("" for the root), or undefined if it is no URL. */
function pathOf(url: string): string | undefined {
  try {
    return new URL(url, "http://localhost").pathname.replace(/\/+$/, "");
  } catch {
    // An unparsable server URL simply contributes no base path.
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
