/**
 * Page text set inside a sentence of ours (a title in a report line, a site in a label): wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so bidi controls in it (U+202E, say) cannot reorder our
 * words around it, and an Arabic title reads right to left on its own. Elements that hold only page text
 * use `dir="auto"` instead, which isolates them the same way.
 */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}
