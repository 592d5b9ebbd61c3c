import { readFileSync } from "node:fs";
import { parseYaml } from "@redocly/openapi-core";
import { parse } from "yaml";
import * as prettier from "prettier";
const text = readFileSync("/work/shared/specs/orq-openapi-2026-08-21.yaml", "utf8");
let t = performance.now();
const a = parseYaml(text) as any; console.log("js-yaml", Math.round(performance.now() - t)); t = performance.now();
const b = parse(text, { maxAliasCount: -1 }); console.log("yaml", Math.round(performance.now() - t));
console.log("equal", JSON.stringify(a) === JSON.stringify(b));
const repoText = readFileSync("/work/main/specs/openapi.yaml", "utf8");
console.log("repo equal", JSON.stringify(parseYaml(repoText)) === JSON.stringify(parse(repoText)));
const small = readFileSync("/tmp/orqfull/funcs/modelCatalogGet.ts", "utf8");
for (let i = 0; i < 3; i++) { t = performance.now(); for (let j = 0; j < 100; j++) await prettier.format(small, { parser: "typescript", printWidth: 100 }); console.log("100 small ts", Math.round(performance.now() - t)); }
t = performance.now(); for (let j = 0; j < 100; j++) await prettier.format(small, { parser: "babel-ts", printWidth: 100 }); console.log("100 small babel-ts", Math.round(performance.now() - t));
