/** How much each figure is measured: `pnpm bench` (full), `--quick`, `--smoke` (the test's). */
export interface Mode {
  name: "full" | "quick" | "smoke";
  /** Runs of each figure thrown away first. */
  warmUps: number;
  /** Runs counted (median, min–max) for uploads, small edits and Deno. */
  runs: number;
  /** Cold imports are short and noisy: more runs. */
  importRuns: number;
  /** Runs of the generator and tsc on our spec. */
  toolRuns: number;
  /** Runs of the generator and tsc on the whole published spec; 0 skips them. */
  fullSpecRuns: number;
  /** Each upload file; the targets are set for 50 MB. */
  uploadBytes: number;
  small: { count: number; inFlight: number; warmUp: number };
}

export const MODES: Record<Mode["name"], Mode> = {
  full: {
    name: "full",
    warmUps: 1,
    runs: 5,
    importRuns: 15,
    toolRuns: 5,
    fullSpecRuns: 5,
    uploadBytes: 50_000_000,
    small: { count: 500, inFlight: 32, warmUp: 50 },
  },
  // Every figure but the whole-spec ones, at the full sizes, with fewer runs: under 2 minutes.
  quick: {
    name: "quick",
    warmUps: 0,
    runs: 2,
    importRuns: 5,
    toolRuns: 1,
    fullSpecRuns: 0,
    uploadBytes: 50_000_000,
    small: { count: 100, inFlight: 32, warmUp: 20 },
  },
  // Proves the harness works (the package's test): tiny sizes, one run each.
  smoke: {
    name: "smoke",
    warmUps: 0,
    runs: 1,
    importRuns: 1,
    toolRuns: 1,
    fullSpecRuns: 0,
    uploadBytes: 1_000_000,
    small: { count: 20, inFlight: 4, warmUp: 2 },
  },
};

/** Why the targets are not judged in this mode, if they are not. */
export function notJudged(mode: Mode): string | undefined {
  return mode.name === "smoke" ? "--smoke" : undefined;
}
