import type { HTMLAttributes, Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '../core';

/**
 * The one place an extension page renders HTML: whatever it is given is sanitised again here, with this
 * page's window (defense in depth: the HTML may come from storage or another context). Where the browser
 * enforces Trusted Types (the reader's CSP asks for them), the markup goes through a policy that sanitises,
 * so even a forgotten sink elsewhere could not take a plain string.
 */
interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedTypePolicyLike;
}

export const TRUSTED_TYPES_POLICY = 'clean-reader';

let policy: TrustedTypePolicyLike | null | undefined;

function sanitizingPolicy(): TrustedTypePolicyLike | null {
  if (policy === undefined) {
    const trustedTypes = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    policy = trustedTypes ? trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (input) => sanitizeHtml(input, window) }) : null;
  }
  return policy;
}

/** Sanitised markup for `html`: a TrustedHTML where the browser has them, else a string. */
export function safeMarkup(html: string): string {
  const trusted = sanitizingPolicy();
  return (trusted ? trusted.createHTML(html) : sanitizeHtml(html, window)) as string;
}

type Props = Omit<HTMLAttributes<HTMLDivElement>, 'dangerouslySetInnerHTML' | 'children' | 'ref'> & {
  html: string;
  containerRef?: Ref<HTMLDivElement>;
};

export function SafeHtml({ html, containerRef, ...rest }: Props) {
  const markup = useMemo(() => safeMarkup(html), [html]);
  // eslint-disable-next-line no-restricted-syntax -- the one HTML sink, fed only by sanitizeHtml
  return <div {...rest} ref={containerRef} dangerouslySetInnerHTML={{ __html: markup }} />;
}
