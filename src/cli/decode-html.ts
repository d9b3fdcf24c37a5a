import { legacyHookDecode } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';

/**
 * The text of an HTML file as a browser would read it: the encoding sniffed from a byte order mark, then
 * `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes, else windows-1252 (the HTML
 * standard's default), with the same two libraries jsdom uses for a page it loads itself.
 * `declared` is an encoding the caller knows from elsewhere (an HTTP header); a BOM still wins over it.
 *
 * One departure from a browser, for saved files: a file that declares a legacy encoding but is valid UTF-8 with
 * non-ASCII text was re-saved as UTF-8 without its declaration being updated (several of Readability's test
 * pages are), and is read as UTF-8. Text really written in a legacy encoding is almost never valid UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, declared?: string): { html: string; encoding: string } {
  const sniffed = sniffHtmlEncoding(bytes, declared ? { transportLayerEncodingLabel: declared } : {});
  const encoding = sniffed !== 'UTF-8' && hasNonAscii(bytes) && isValidUtf8(bytes) ? 'UTF-8' : sniffed;
  return { html: legacyHookDecode(bytes, encoding), encoding };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true;
  return false;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
