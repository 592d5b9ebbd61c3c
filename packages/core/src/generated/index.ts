// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
export type * from "./contract.js";
export type { paths, components as wireComponents, operations as wireOperations } from "./paths.js";
export type * from "./models.js";
export * from "./funcs/routerImagesEditsCreate.js";
export * from "./funcs/routerImagesVariationsCreate.js";
