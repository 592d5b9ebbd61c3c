import ts from "typescript";

/**
 * Makes openapi-typescript's types for self-referencing unions compile. A JSON-value schema
 * (`oneOf: [string, number, boolean, {additionalProperties: $ref self}, {items: $ref self}]`)
 * is written as `Json: string | … | components["schemas"]["Json"][]` inside the `components`
 * interface, which TypeScript refuses: "'Json' is referenced directly or indirectly in its own
 * type annotation" (TS2502; openapi-typescript issue #1603). A member's annotation is resolved
 * eagerly through unions, arrays and type arguments; only object types (`{ … }`) put it off.
 * Type aliases are resolved lazily, so each component on such an eager cycle becomes a module
 * type alias, its references to the others on the cycle point at their aliases, and its member
 * in `components` names its alias: `Json: Json_Recursive`. Every other member stays as it was.
 */
export function aliasEagerCycles(nodes: ts.Node[]): ts.Node[] {
  const index = nodes.findIndex(
    (node) => ts.isInterfaceDeclaration(node) && node.name.text === "components",
  );
  const components = nodes[index] as ts.InterfaceDeclaration | undefined;
  const schemas = components?.members.find(
    (m): m is ts.PropertySignature & { type: ts.TypeLiteralNode } =>
      ts.isPropertySignature(m) &&
      memberName(m) === "schemas" &&
      m.type !== undefined &&
      ts.isTypeLiteralNode(m.type),
  );
  if (!components || !schemas) return nodes;
  const types = new Map<string, ts.TypeNode>();
  for (const m of schemas.type.members)
    if (ts.isPropertySignature(m) && m.type) types.set(memberName(m), m.type);
  const cyclic = onEagerCycles(types);
  if (!cyclic.size) return nodes;

  const taken = new Set(nodes.flatMap((n) => (declaredName(n) ? [declaredName(n)!] : [])));
  const aliases = new Map<string, string>();
  for (const name of cyclic) {
    let alias = `${name.replace(/[^A-Za-z0-9_$]/g, "_").replace(/^(?=\d)/, "_")}_Recursive`;
    for (let n = 2; taken.has(alias); n++) alias = `${alias.replace(/\d*$/, "")}${n}`;
    taken.add(alias);
    aliases.set(name, alias);
  }
  const toAliases = (type: ts.TypeNode): ts.TypeNode => {
    const visit = (node: ts.Node): ts.Node => {
      const target = schemaRef(node);
      if (target !== undefined && aliases.has(target))
        return ts.factory.createTypeReferenceNode(aliases.get(target)!);
      return ts.visitEachChild(node, visit, undefined);
    };
    return visit(type) as ts.TypeNode;
  };
  const declarations = [...aliases].map(([name, alias]) =>
    ts.factory.createTypeAliasDeclaration(undefined, alias, undefined, toAliases(types.get(name)!)),
  );
  const members = schemas.type.members.map((m) =>
    ts.isPropertySignature(m) && aliases.has(memberName(m))
      ? ts.factory.updatePropertySignature(
          m,
          m.modifiers,
          m.name,
          m.questionToken,
          ts.factory.createTypeReferenceNode(aliases.get(memberName(m))!),
        )
      : m,
  );
  const newSchemas = ts.factory.updatePropertySignature(
    schemas,
    schemas.modifiers,
    schemas.name,
    schemas.questionToken,
    ts.factory.updateTypeLiteralNode(schemas.type, ts.factory.createNodeArray(members)),
  );
  const newComponents = ts.factory.updateInterfaceDeclaration(
    components,
    components.modifiers,
    components.name,
    components.typeParameters,
    components.heritageClauses,
    components.members.map((m) => (m === schemas ? newSchemas : m)),
  );
  return [...nodes.slice(0, index), newComponents, ...declarations, ...nodes.slice(index + 1)];
}

/** The component schemas that reach themselves through eager references (Tarjan's SCCs). */
function onEagerCycles(types: Map<string, ts.TypeNode>): Set<string> {
  const edges = new Map([...types].map(([name, type]) => [name, eagerRefs(type, types)]));
  const cyclic = new Set<string>();
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const connect = (v: string): void => {
    order.set(v, order.size);
    low.set(v, order.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!order.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) !== order.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || edges.get(v)!.has(v)) component.forEach((c) => cyclic.add(c));
  };
  for (const name of types.keys()) if (!order.has(name)) connect(name);
  return cyclic;
}

/** The components a type refers to other than inside an object type, which TypeScript defers. */
function eagerRefs(type: ts.TypeNode, types: Map<string, ts.TypeNode>): Set<string> {
  const refs = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeLiteralNode(node) || ts.isMappedTypeNode(node) || ts.isFunctionTypeNode(node))
      return;
    const target = schemaRef(node);
    if (target !== undefined) {
      if (types.has(target)) refs.add(target);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(type);
  return refs;
}

/** `X` for the type `components["schemas"]["X"]`, as openapi-typescript writes a `$ref`. */
function schemaRef(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isIndexedAccessTypeNode(node.objectType))
    return undefined;
  const root = node.objectType.objectType;
  const group = literalText(node.objectType.indexType);
  if (!ts.isTypeReferenceNode(root) || !ts.isIdentifier(root.typeName)) return undefined;
  if (root.typeName.text !== "components") return undefined;
  return group === "schemas" ? literalText(node.indexType) : undefined;
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)
    ? node.literal.text
    : undefined;
}

function memberName(m: ts.PropertySignature): string {
  const name = m.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)
    ? name.text
    : "";
}

function declaredName(node: ts.Node): string | undefined {
  return (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) &&
    ts.isIdentifier(node.name)
    ? node.name.text
    : undefined;
}
