export { downloadText } from '../ui/download';

/** `clean-reader-reactions-2025-01-30.json` for the local date of `time`. */
export function exportFileName(time: number, extension: 'json' | 'csv'): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `clean-reader-reactions-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
