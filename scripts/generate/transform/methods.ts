/** The HTTP methods a path item may hold (§ 4.8.9). */
export const METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;
export type Method = (typeof METHODS)[number];
