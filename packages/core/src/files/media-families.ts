import * as spec from "../generated/schemas.js";
import { describeMediaTypes } from "./sniff-media-type.js";

/** Whether a file rule names a family of media types (`audio/*`), checked by `familyProblem`. */
export const namesFamily = spec.usesMediaFamilies
  ? (mediaTypes: readonly string[] | undefined): boolean =>
      !!mediaTypes?.some((type) => type.endsWith("/*"))
  : undefined;

/**
 * What is wrong with a file for a rule that names a family of media types (`audio/*`,
 * Deepgram's raw body; `image/*`), beside other types or alone; `undefined` for nothing. A
 * family takes its own kind only: a PNG is no audio, and no image, audio, video, font or model
 * file is empty (a `text/*` or `application/*` one may be). What a file is, the SDK knows only
 * where its bytes prove it (`sniffed`): other bytes are taken. Only specs with such rules
 * (`usesMediaFamilies`) carry this.
 */
export const familyProblem = spec.usesMediaFamilies
  ? (mediaTypes: readonly string[], empty: boolean, sniffed: string | undefined) => {
      const families = mediaTypes.flatMap((type) =>
        type.endsWith("/*") ? [type.slice(0, -1)] : [],
      );
      if (empty)
        return families.some((family) => /^(text|application)\/$/.test(family))
          ? undefined
          : "empty file";
      if (
        sniffed &&
        !mediaTypes.includes(sniffed) &&
        !families.some((family) => sniffed.startsWith(family))
      )
        return `must be ${describeMediaTypes(mediaTypes)}, but it is ${describeMediaTypes([sniffed])}`;
      return undefined;
    }
  : undefined;
