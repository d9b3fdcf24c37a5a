/** Types for html-encoding-sniffer 6 (it ships none): the HTML standard's encoding sniffing over a byte stream. */
declare module 'html-encoding-sniffer' {
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
