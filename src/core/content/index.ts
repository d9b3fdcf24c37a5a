import { normalizeCodeBlocks } from './code-blocks';
import { normalizeMath } from './math';

/**
 * Structure the article holds, made plain before Readability sees the private copy: code blocks (code-blocks.ts),
 * formulas (math.ts).
 * Returns the classes these stages wrote, which Readability must be told to keep.
 */
export function prepareContent(body: Element): string[] {
  return [...normalizeCodeBlocks(body), ...normalizeMath(body)];
}
