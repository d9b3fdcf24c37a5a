import { legacyHookDecode } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';

/**
 * The text of an HTML file as a browser would read it: the encoding sniffed from a byte order mark, then
 * `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes, else windows-1252 (the HTML
 * standard's default), with the same two libraries jsdom uses for a page it loads itself.
 * `declared` is an encoding the caller knows from elsewhere (an HTTP header); a BOM still wins over it.
 */
export function decodeHtml(bytes: Uint8Array, declared?: string): { html: string; encoding: string } {
  const encoding = sniffHtmlEncoding(bytes, declared ? { transportLayerEncodingLabel: declared } : {});
  return { html: legacyHookDecode(bytes, encoding), encoding };
}
