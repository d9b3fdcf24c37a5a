import { useLayoutEffect, useState } from 'preact/hooks';
import { isImageUrl } from '../storage/validators';

interface Props {
  image: { src: string; alt: string };
  width?: number;
  height?: number;
}

/** What is shown: the image's bytes fetched without credentials, the image loaded as any embedder would, or nothing. */
type Shown = { kind: 'pending' } | { kind: 'blob'; url: string } | { kind: 'embedded' } | { kind: 'none' };

/** The server answered, but not with an image: loading it another way would not help. */
class NotAnImage extends Error {}

/**
 * An article's lead image, loaded so that it tells the site nothing the open tab does not, and no referrer.
 *
 * First its bytes are fetched with `credentials: 'omit'`: no cookies at all. `<img crossorigin="anonymous">`
 * is not enough in the popup: there activeTab lets the extension read the page's site, and Chromium then
 * sends that site's cookies even with an anonymous request. The fetch works where the extension may read the
 * site (the popup's page) or the server allows it (CORS). Where neither holds, the image is loaded as a plain
 * image: the extension page is then a third party to the image's site, so only cookies the site gives every
 * page that embeds the image can go with it. Only web addresses are loaded at all.
 */
export function LeadImage({ image, width, height }: Props) {
  const [shown, setShown] = useState<Shown>({ kind: 'pending' });
  // Asked for as the card is committed, not after its first frame: the image comes one frame sooner.
  useLayoutEffect(() => {
    if (!isImageUrl(image.src)) return setShown({ kind: 'none' });
    let live = true;
    let url: string | null = null;
    setShown({ kind: 'pending' });
    fetch(image.src, { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' })
      .then(async (response) => {
        const blob = await response.blob();
        if (!response.ok || !blob.type.startsWith('image/')) throw new NotAnImage();
        url = URL.createObjectURL(blob);
        if (live) setShown({ kind: 'blob', url });
      })
      .catch((error: unknown) => {
        if (live) setShown({ kind: error instanceof NotAnImage ? 'none' : 'embedded' });
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [image.src]);

  if (shown.kind === 'none') return null;
  // Until the bytes are here, the element holds the place (and names the image) without loading anything.
  const src = shown.kind === 'blob' ? shown.url : shown.kind === 'embedded' ? image.src : undefined;
  return (
    <img
      src={src}
      data-source={image.src}
      alt={src ? image.alt : ''}
      dir="auto"
      width={width}
      height={height}
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setShown({ kind: 'none' })}
    />
  );
}
