import { capText } from '../storage/validators';
import { isolateText } from '../ui/bidi';
import { t } from '../ui/i18n';

/** Alt text is page text: capped before it goes into our sentence. */
const ALT_CAP = 200;

function altText(image: HTMLImageElement): string {
  return capText((image.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim(), ALT_CAP);
}

/** The figure's own caption already says what the picture showed; its alt is often the same words again. */
function captionSays(image: HTMLImageElement, alt: string): boolean {
  const caption = image.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
  return caption.replace(/\s+/g, ' ').toLowerCase().includes(alt.toLowerCase());
}

/**
 * An image that could not load (offline, a removed file, a site that refuses other origins) is hidden rather
 * than drawn as the browser's broken-image glyph; where its alt text says something its caption does not, a
 * short muted line says which picture is missing. The image element stays in the page (hidden), so copying
 * and saving the article keep it.
 */
function markUnloaded(image: HTMLImageElement): void {
  if (image.hidden) return;
  image.hidden = true;
  const alt = altText(image);
  if (!alt || captionSays(image, alt)) return;
  const note = document.createElement('span');
  note.className = 'image-unloaded';
  note.textContent = t('readerImageUnloaded', isolateText(alt));
  image.after(note);
}

function failed(image: HTMLImageElement): boolean {
  return image.complete && image.naturalWidth === 0 && Boolean(image.currentSrc || image.getAttribute('src'));
}

/** Watches `body` for images that fail to load (and marks those that already failed); returns the cleanup. */
export function watchUnloadedImages(body: HTMLElement): () => void {
  const onError = (event: Event) => {
    if (event.target instanceof HTMLImageElement) markUnloaded(event.target);
  };
  // Error events do not bubble: listen in the capture phase.
  body.addEventListener('error', onError, true);
  for (const image of Array.from(body.querySelectorAll('img'))) if (failed(image)) markUnloaded(image);
  return () => body.removeEventListener('error', onError, true);
}
