/**
 * Wire-style datelines that open a news story's first sentence: "WASHINGTON (CNN) -- ", "(CNN)", "Paris (AFP) - ",
 * "Berlin (dpa) - ", "NEW YORK — ". They say where the story was filed, not what happened, so a key point leaves
 * them out and starts with the sentence itself.
 */

/** A place of at most five capitalised words, optionally with a date after a comma ("Madrid, 12 may"). */
const PLACE = String.raw`(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:,\s*[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+){0,3})?\s*)`;
/** An agency or newspaper in brackets: "(CNN)", "(AP)", "(Reuters)", "(dpa)". */
const AGENCY = String.raw`\((?:[\p{L}\p{N}&.’'-]+(?:\s[\p{L}\p{N}&.’'-]+){0,2})\)`;
/** A dash or colon after the agency, or nothing at all ("(CNN)A …"): "Tesla (TSLA) CEO …" is no dateline. */
const DASH = String.raw`(?:\s*(?:--|[-–—]|\.-|:)\s*)?`;

const WITH_AGENCY = new RegExp(String.raw`^${PLACE}?${AGENCY}${DASH}(?=[\p{Lu}“"„«‘])`, 'u');
/** "WASHINGTON — ", "NEW YORK, June 3 — ": a place in capitals and a dash, without an agency. */
const CAPITALS_AND_DASH = /^\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,}){0,3}(?:,\s*[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+){0,3})?\s+(?:--|[–—])\s+(?=[\p{Lu}“"„«‘])/u;

/** The sentence without a leading dateline; unchanged when it has none. */
export function withoutDateline(sentence: string): string {
  const match = WITH_AGENCY.exec(sentence) ?? CAPITALS_AND_DASH.exec(sentence);
  return match ? sentence.slice(match[0].length) : sentence;
}
