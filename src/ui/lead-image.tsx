import { useState } from 'preact/hooks';
import { isImageUrl } from '../storage/validators';

interface Props {
  image: { src: string; alt: string };
  width?: number;
  height?: number;
}

/** How the image is being loaded: as a stranger first, then as any page embedding it would, then not at all. */
type Attempt = 'anonymous' | 'embedded' | 'failed';

/**
 * An article's lead image, loaded so that it tells the site nothing the open tab does not, and no referrer.
 *
 * First with `crossorigin="anonymous"`: no cookies at all. That load works where the server allows it (CORS)
 * and, in the popup, for the page's own site (activeTab lets the extension read it), which is exactly where
 * the popup's request would otherwise carry the site's first-party cookies. Where the server refuses, it is
 * loaded once more as a plain image: the extension page is a third party to the image's site, so only cookies
 * the site gives every page that embeds the image can go with it. Only web addresses are loaded at all.
 */
export function LeadImage({ image, width, height }: Props) {
  const [attempt, setAttempt] = useState<Attempt>('anonymous');
  if (attempt === 'failed' || !isImageUrl(image.src)) return null;
  return (
    <img
      key={attempt}
      src={image.src}
      alt={image.alt}
      dir="auto"
      width={width}
      height={height}
      decoding="async"
      crossOrigin={attempt === 'anonymous' ? 'anonymous' : undefined}
      referrerPolicy="no-referrer"
      onError={() => setAttempt(attempt === 'anonymous' ? 'embedded' : 'failed')}
    />
  );
}
