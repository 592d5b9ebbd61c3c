/**
 * The URL of one call, serialized as OpenAPI does by default: path parameters in the `simple`
 * style (a list as `a,b`, an object as `k,v,k2,v2`), query parameters in the `form` style,
 * exploded (a list as `?id=a&id=b`, an object as its own `?k=v&k2=v2`).
 */
export function buildURL(
  serverURL: string,
  path: string,
  pathParams: Record<string, unknown>,
  query: Record<string, unknown>,
): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    flatten(pathParams[name]).map(encodeURIComponent).join(","),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      for (const [key, v] of Object.entries(value)) search.append(key, String(v));
    else for (const v of flatten(value)) search.append(name, v);
  }
  const queryString = search.toString();
  return serverURL + filled + (queryString ? `?${queryString}` : "");
}

/** A parameter's values as text: a list item by item, an object as its keys and values. */
function flatten(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value !== null && typeof value === "object") return Object.entries(value).flat().map(String);
  return value === undefined || value === null ? [] : [String(value)];
}
