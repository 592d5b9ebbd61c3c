import * as prettier from "prettier";

export const HEADER =
  "// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.\n";

/** Every generated file: the do-not-edit header, then prettier with the repo's own config. */
export async function format(file: string, code: string, configFrom: string): Promise<string> {
  const config = (await prettier.resolveConfig(configFrom)) ?? {};
  const header = file.endsWith(".md") ? "" : HEADER;
  return prettier.format(header + code, { ...config, filepath: file });
}
