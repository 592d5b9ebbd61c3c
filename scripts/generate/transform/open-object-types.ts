import ts from "typescript";

/**
 * openapi-typescript writes an object with both `properties` and an `additionalProperties`
 * schema as `{ user_id?: string } & { [key: string]: Filter }`. In TypeScript the index
 * signature then applies to the declared properties too, so no value with `user_id` compiles
 * (Mem0's `filters`). In JSON Schema `additionalProperties` applies only to the other keys.
 *
 * TypeScript cannot say "every key but these", so each such pair becomes one object type whose
 * index signature also takes the declared properties' types:
 * `{ user_id?: string; [key: string]: Filter | string | undefined }`. The declared properties
 * keep their exact types; the other keys are typed a little wider than the spec allows, and the
 * runtime checks them against the spec before a request is sent.
 */
export function mergeOpenObjectTypes<T extends ts.Node>(nodes: T[]): T[] {
  const printer = ts.createPrinter();
  const file = ts.createSourceFile("", "", ts.ScriptTarget.Latest);
  const text = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, file);
  const visit = (node: ts.Node): ts.Node => {
    const visited = ts.visitEachChild(node, visit, undefined);
    if (!ts.isIntersectionTypeNode(visited) || visited.types.length !== 2) return visited;
    const [declared, rest] = visited.types;
    if (!ts.isTypeLiteralNode(declared!) || !ts.isTypeLiteralNode(rest!)) return visited;
    if (declared.members.some((m) => !ts.isPropertySignature(m) || !m.type)) return visited;
    const index = rest.members[0];
    if (rest.members.length !== 1 || !index || !ts.isIndexSignatureDeclaration(index))
      return visited;
    const properties = declared.members as ts.NodeArray<ts.PropertySignature>;
    const types = new Map<string, ts.TypeNode>();
    for (const type of [index.type, ...properties.map((p) => p.type!)])
      for (const member of ts.isUnionTypeNode(type) ? type.types : [type])
        if (!types.has(text(member))) types.set(text(member), member);
    if (types.has("unknown")) return visited; // every value fits already
    if (properties.some((p) => p.questionToken))
      types.set("undefined", ts.factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword));
    const widened = ts.factory.updateIndexSignature(
      index,
      index.modifiers,
      index.parameters,
      ts.factory.createUnionTypeNode([...types.values()]),
    );
    return ts.factory.createTypeLiteralNode([...properties, widened]);
  };
  return nodes.map((node) => visit(node) as T);
}
