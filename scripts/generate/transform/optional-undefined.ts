import ts from "typescript";

/**
 * Every optional property that may hold something (`n?: number | null`) also takes `undefined`
 * (`n?: number | null | undefined`), as the SDK's own options types do and the official SDK's
 * models do. Under `exactOptionalPropertyTypes` a property without it refuses `n: opts.n` when
 * `opts.n` may be undefined, the most common way to pass an option on; the runtime treats an
 * `undefined` field as left out. `?: never` (no such member) stays as it is.
 */
export function optionalTakesUndefined<T extends ts.Node>(nodes: T[]): T[] {
  const visit = (node: ts.Node): ts.Node => {
    const visited = ts.visitEachChild(node, visit, undefined);
    if (!ts.isPropertySignature(visited) || !visited.questionToken || !visited.type) return visited;
    const members = ts.isUnionTypeNode(visited.type) ? visited.type.types : [visited.type];
    if (
      members.some(
        (m) =>
          m.kind === ts.SyntaxKind.NeverKeyword ||
          m.kind === ts.SyntaxKind.UndefinedKeyword ||
          m.kind === ts.SyntaxKind.UnknownKeyword ||
          m.kind === ts.SyntaxKind.AnyKeyword,
      )
    )
      return visited;
    return ts.factory.updatePropertySignature(
      visited,
      visited.modifiers,
      visited.name,
      visited.questionToken,
      ts.factory.createUnionTypeNode([
        ...members,
        ts.factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword),
      ]),
    );
  };
  return nodes.map((node) => visit(node) as T);
}
