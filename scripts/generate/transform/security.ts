import { deref, isObject, type Document, type Json, type JsonObject } from "../document.js";

/**
 * Where an operation's key goes, when not in `Authorization: Bearer <key>` (the runtime's
 * default, and what `http`/`bearer`, `oauth2` and `openIdConnect` schemes take): `false` for an
 * operation that declares no security (`security: []`), else the header, query parameter or
 * cookie an `apiKey` scheme names, or `Authorization: Basic` for `http`/`basic`.
 */
export type KeyPlacement =
  false | { in: "header" | "query" | "cookie"; name: string; scheme?: "basic"; prefix?: string };

/**
 * § 4.8.10 `security` (else the document's, § 4.8.1): its requirements are alternatives; the
 * first one the client can meet with its one key decides (but for Basic, below). A requirement of
 * several schemes at once, or of schemes a key cannot fill (mutualTLS, digest), is passed over;
 * with none left, the default stands.
 */
export function keyPlacement(
  doc: Document,
  operationSecurity: Json | undefined,
): KeyPlacement | undefined {
  const requirements = requirementsOf(doc, operationSecurity);
  if (!requirements) return undefined;
  if (!requirements.length) return false;
  const placement = firstPlacement(doc, requirements);
  if (placement) {
    if (placement.bearer) return undefined;
    const { in: where, name, scheme, prefix } = placement;
    return { in: where, name, ...(scheme && { scheme }), ...(prefix && { prefix }) };
  }
  return requirements.some((r) => isObject(r) && !Object.keys(r).length) ? false : undefined;
}

/** The scheme of the requirements that the one key fills (see `keyPlacement`), if any. */
function firstPlacement(doc: Document, requirements: Json[]): CredentialPlacement | undefined {
  // `{}` (anonymous access, looked at last) or several schemes at once: passed over.
  const placements = requirements.flatMap((requirement) => {
    const names = isObject(requirement) ? Object.keys(requirement) : [];
    const placement = names.length === 1 ? placementOf(doc, names[0]!) : undefined;
    return placement ? [placement] : [];
  });
  // The client's `apiKey` is no user name and password: Basic yields to a scheme named as an API
  // key offered beside it (Adyen's `[{ BasicAuth }, { ApiKeyAuth }]`, `X-API-Key`, whose keys
  // went as Basic, each call a 401; its Basic is for web-service users, given as
  // `credentials: { BasicAuth: "ws@…:…" }`). Other schemes do not say what they take: Gitea's
  // `sudo` and OTP headers beside its Basic.
  return placements[0]?.scheme === "basic"
    ? (placements.find(
        (p) =>
          !p.scheme &&
          !p.bearer &&
          (KEY_PARAMETER.test(p.name) || /api[-_]?key/i.test(p.securityScheme)),
      ) ?? placements[0])
    : placements[0];
}

/**
 * Where an operation's key goes (see `keyPlacement`), also for a spec that declares no
 * `security` anywhere, which many leave out although their API wants a key: its one security
 * scheme, when it defines exactly one; else a header or query parameter of the operation's that
 * is named as a key (ElevenLabs' `xi-api-key`, `x-api-key`, `api_key`); else the first scheme
 * it declares (see `declaredAlternatives`); else the runtime's `Authorization: Bearer`. Such a
 * parameter given in a call is sent instead of the key.
 */
export function operationKeyPlacement(
  doc: Document,
  operationSecurity: Json | undefined,
  parameters: readonly { name: string; in: string }[],
  /** The document's requirement lists (`securityLists`): where it has any, the spec says. */
  lists: readonly Json[][],
): KeyPlacement | undefined {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = Object.keys(
    isObject(components.securitySchemes) ? components.securitySchemes : {},
  );
  if (lists.length) {
    const placement = keyPlacement(doc, operationSecurity);
    if (placement !== undefined || requirementsOf(doc, operationSecurity)) return placement;
    // An operation the spec gives no requirements, where others have theirs (Trello's 24 of 324,
    // with no document-wide `security`): the key goes where a key scheme names a parameter the
    // operation declares (its `key` query parameter), else nowhere: such an operation takes
    // none (GSMtasks' login, which was sent `Authorization: Bearer Token …`, a form its spec
    // never uses).
    for (const scheme of schemes) {
      const p = placementOf(doc, scheme);
      if (p && !p.bearer && !p.scheme && parameters.some((q) => isKeyParameter(p, q)))
        return { in: p.in, name: p.name };
    }
    return false;
  }
  // One scheme: that one. Several: a parameter of the operation's named as a key says which,
  // else the first (see `declaredAlternatives`).
  const named =
    schemes.length === 1
      ? undefined
      : parameters.find((p) => p.in !== "path" && KEY_PARAMETER.test(p.name));
  if (!named) return keyPlacement(doc, undefined);
  // (Header names as `placementOf` writes them: in lower case.)
  return named.in === "header"
    ? { in: "header", name: named.name.toLowerCase() }
    : { in: named.in as "query" | "cookie", name: named.name };
}

/**
 * Whether a parameter is the one a key placement names: the same place and name (a header's in
 * lower case, as placements write header names).
 */
export function isKeyParameter(
  placement: Exclude<KeyPlacement, false>,
  parameter: { name: string; in: string },
): boolean {
  return (
    parameter.in === placement.in &&
    (parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name) === placement.name
  );
}

/** A parameter named as an API key: `xi-api-key`, `X-API-Key`, `x-goog-api-key`, `api_key`, `apikey`. */
const KEY_PARAMETER = /(^|[-_])api[-_]?key$/i;

/** Every requirement list the document has: its own `security`, and each operation's. */
export function securityLists(doc: Document): Json[][] {
  const lists = [doc.security];
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {}))
    for (const op of Object.values(isObject(item) ? item : {}))
      if (isObject(op)) lists.push(op.security);
  return lists.filter((list): list is Json[] => Array.isArray(list));
}

/**
 * Whether the document says anything of authentication: a security scheme, or a requirement
 * anywhere. One that says nothing (Telegram's, whose token is in the server's URL) is sent no
 * key the caller did not give (see `apiKeyVariable`).
 */
export function declaresSecurity(doc: Document): boolean {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return Object.keys(schemes).length > 0 || securityLists(doc).some((list) => list.length > 0);
}

/**
 * § 4.8.10 `security`, else the document's (§ 4.8.1), else, in a document that requires no
 * scheme anywhere, the schemes it declares (`declaredAlternatives`); `undefined` where none says.
 */
function requirementsOf(doc: Document, operationSecurity: Json | undefined): Json[] | undefined {
  return Array.isArray(operationSecurity)
    ? operationSecurity
    : Array.isArray(doc.security)
      ? doc.security
      : declaredAlternatives(doc);
}

/**
 * The security schemes of a document that declares some and requires none of them, anywhere,
 * as alternatives in the order declared: as if its `security` listed each. Deepgram's declares
 * `ApiKeyAuth` (its `Authorization: Token <key>` header) and then `JwtAuth` (a bearer token);
 * its key went as `Bearer <key>`, which its API refuses, and `credentials` were refused
 * ("this API takes one key"). Read so, the key fills the first (`apiKey: "Token …"` goes as
 * given), and `credentials` pick another, as where a spec lists them.
 */
export function declaredAlternatives(doc: Document): Json[] | undefined {
  // (Asked for each operation: the walk of every path's requirements is done once a document.)
  if (!alternativesOf.has(doc)) {
    const components = isObject(doc.components) ? doc.components : {};
    const schemes = Object.keys(
      isObject(components.securitySchemes) ? components.securitySchemes : {},
    );
    alternativesOf.set(
      doc,
      schemes.length && !securityLists(doc).length
        ? schemes.map((name) => ({ [name]: [] }))
        : undefined,
    );
  }
  return alternativesOf.get(doc);
}

const alternativesOf = new WeakMap<Document, Json[] | undefined>();

/**
 * What `pnpm generate` says of a document whose several schemes no requirement picks among
 * (see `declaredAlternatives`): which one the key fills.
 */
export function declaredAlternativesWarnings(doc: Document): string[] {
  const alternatives = declaredAlternatives(doc) ?? [];
  const filled = firstPlacement(doc, alternatives);
  if (alternatives.length < 2 || !filled) return [];
  const names = alternatives.flatMap((r) => (isObject(r) ? Object.keys(r) : []));
  return [
    `components.securitySchemes declares ${names.length} schemes (${names.join(", ")}) and no ` +
      `\`security\` requires any: the client's key goes as ${filled.securityScheme}, and ` +
      `\`credentials\` pick another`,
  ];
}

/** Where one credential of a set goes: as a key would (see `KeyPlacement`), or as a bearer token. */
export type CredentialPlacement = Exclude<KeyPlacement, false> & {
  /** The spec's name of the security scheme: the key of the client's `credentials` option. */
  securityScheme: string;
  bearer?: true;
};

/**
 * The requirements that need several schemes at once (§ 4.8.30: "all schemes MUST be satisfied"),
 * such as Plaid's `{ clientId, secret, plaidVersion }` (three headers) or Algolia's application
 * id and key: one key cannot fill them, so they are filled from the client's `credentials`, one
 * value per scheme. `required`: no other requirement can be met without them (by the one key,
 * or anonymously), so a call without them is refused before it is sent.
 */
export function credentialSets(
  doc: Document,
  operationSecurity: Json | undefined,
  singles = false,
): CredentialSets | undefined {
  const requirements = requirementsOf(doc, operationSecurity) ?? [];
  const sets: CredentialPlacement[][] = [];
  let other = false;
  let anonymous = false;
  for (const requirement of requirements) {
    if (!isObject(requirement)) continue;
    const names = Object.keys(requirement);
    if (!names.length) anonymous = true;
    if (names.length < 2) {
      other = true;
      // `singles`: a client with `credentials` fills a one-scheme requirement from them too
      // (Portkey's `[{ Portkey-Key }]` beside `[{ Portkey-Key, Virtual-Key }]`), where the
      // request went out with no key at all; without that credential, the key fills it.
      if (!(singles && names.length === 1)) continue;
    }
    const set = names.map((name) => placementOf(doc, name));
    if (set.every((p) => p !== undefined)) sets.push(set as CredentialPlacement[]);
  }
  if (!sets.length) return undefined;
  return anonymous ? { sets, required: !other, anonymous: true } : { sets, required: !other };
}

/** An operation's requirements that `credentials` fill (see `credentialSets`). */
export interface CredentialSets {
  sets: CredentialPlacement[][];
  /** No other requirement can be met: by the one key, or anonymously. */
  required: boolean;
  /**
   * A requirement is `{}`: the call may go with no key. Without it, a client that has
   * `credentials` but none for this operation, and no key, is refused before sending (they
   * were meant for it, misplaced: Figma's `OrgOAuth2` operations given an `OAuth2` token).
   */
  anonymous?: true;
}

/**
 * Whether a requirement list of the document (its own, or an operation's) offers two schemes or
 * more as alternatives (Figma's `[{ PersonalAccessToken }, { PlanAccessToken }, { OAuth2 }]`):
 * the key fills the first the client can meet, and clients take `credentials` to pick another
 * (an OAuth app's bearer token instead of a personal token's header).
 */
export function offersAlternativeSchemes(doc: Document, lists: readonly Json[][]): boolean {
  return lists.some(
    (list) =>
      new Set(
        list.flatMap((r) =>
          isObject(r) && Object.keys(r).length === 1 && placementOf(doc, Object.keys(r)[0]!)
            ? Object.keys(r)
            : [],
        ),
      ).size > 1,
  );
}

/**
 * Whether any requirement of the document (its own, or an operation's) needs several schemes
 * at once: then clients take `credentials`, and every operation's requirements are filled
 * from them where they can be (see `credentialSets`).
 */
export function needsSeveralSchemes(lists: readonly Json[][]): boolean {
  return lists.some((list) => list.some((r) => isObject(r) && Object.keys(r).length > 1));
}

/**
 * Where a value for the scheme `securityScheme` goes: a bearer token (`http`/`bearer`, `oauth2`,
 * `openIdConnect`), Basic credentials, or the header, query parameter or cookie an `apiKey`
 * scheme names (a header named Authorization takes the value as it is). `undefined` for schemes
 * a value cannot fill (mutualTLS, digest).
 */
function placementOf(doc: Document, securityScheme: string): CredentialPlacement | undefined {
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes)
      ? doc.components.securitySchemes
      : {};
  const scheme = deref(doc, schemes[securityScheme]);
  if (!isObject(scheme)) return undefined;
  if (scheme.type === "oauth2" || scheme.type === "openIdConnect")
    return { securityScheme, in: "header", name: "authorization", bearer: true };
  if (scheme.type === "http" && typeof scheme.scheme === "string") {
    const kind = scheme.scheme.toLowerCase();
    if (kind === "bearer")
      return { securityScheme, in: "header", name: "authorization", bearer: true };
    if (kind === "basic")
      return { securityScheme, in: "header", name: "authorization", scheme: "basic" };
    return undefined;
  }
  if (
    scheme.type === "apiKey" &&
    typeof scheme.name === "string" &&
    (scheme.in === "header" || scheme.in === "query" || scheme.in === "cookie")
  ) {
    const name = scheme.in === "header" ? scheme.name.toLowerCase() : scheme.name;
    const prefix =
      name === "authorization" && scheme.in === "header" ? schemeWord(scheme, securityScheme) : "";
    return { securityScheme, in: scheme.in, name, ...(prefix && { prefix }) };
  }
  return undefined;
}

/**
 * The word an `apiKey` scheme on `Authorization` puts before the key, where the spec says one:
 * its `x-default` (DeepL's `"DeepL-Auth-Key "`), else `Bearer` where the scheme's name or
 * description says so (Smallest's `BearerAuth`). Both APIs refuse the bare key, which went as
 * given, and the keys their variables hold are bare (probe77). A key given with a word of its
 * own (`Token …`) still goes as given.
 */
function schemeWord(scheme: JsonObject, securityScheme: string): string {
  const given = typeof scheme["x-default"] === "string" ? scheme["x-default"] : "";
  const word = /^\s*([A-Za-z][\w.-]*)\s+$/.exec(given)?.[1];
  if (word) return word;
  return /bearer/i.test(securityScheme) ||
    (typeof scheme.description === "string" && /\bbearer\b/i.test(scheme.description))
    ? "Bearer"
    : "";
}
