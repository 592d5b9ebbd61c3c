// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
// This spec describes no error answer with a JSON body: every one is an `APIError`.
export {};
