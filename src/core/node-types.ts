/**
 * DOM node types by number: the core runs on any `Document` (the live page's, a parsed copy, jsdom's in Node), so it
 * reads them without a global `Node`.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const COMMENT_NODE = 8;
