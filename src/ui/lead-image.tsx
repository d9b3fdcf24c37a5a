import { useState } from 'preact/hooks';
import { isImageUrl } from '../storage/validators';

interface Props {
  image: { src: string; alt: string };
  width?: number;
  height?: number;
}

/**
 * An article's lead image, loaded as a stranger would: no cookies (`crossorigin="anonymous"`: credentials
 * only for our own origin) and no referrer, so loading it tells the site nothing the open tab does not.
 * Only web addresses are loaded; an image its server will not share that way is left out, not retried with
 * credentials.
 */
export function LeadImage({ image, width, height }: Props) {
  const [failed, setFailed] = useState(false);
  if (failed || !isImageUrl(image.src)) return null;
  return (
    <img
      src={image.src}
      alt={image.alt}
      dir="auto"
      width={width}
      height={height}
      decoding="async"
      crossOrigin="anonymous"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}
