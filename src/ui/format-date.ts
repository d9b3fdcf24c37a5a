/**
 * An article's publication date in its own language ("30 Jan 2025", or with `month: 'long'` "30 January 2025"),
 * or null when there is none or it is not a date. A language tag the browser does not know falls back to its own.
 */
export function formatDate(iso: string | null, lang: string | null, month: 'short' | 'long' = 'short'): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const options = { year: 'numeric', month, day: 'numeric' } as const;
  try {
    return date.toLocaleDateString(lang ?? undefined, options);
  } catch {
    return date.toLocaleDateString(undefined, options);
  }
}
