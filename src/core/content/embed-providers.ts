/**
 * The embed providers a card names: how to read the original's address from the player's address, and the
 * provider's name to show. The link always goes to the provider's own page for the item, never to the player.
 */
export interface EmbedProvider {
  /** Short id, written as the card's `embed-<id>` class. */
  id: string;
  name: string;
  /** The original's address for a player address, or null when this provider does not serve it. */
  original(url: URL): string | null;
}

const match = (url: URL, host: RegExp, path: RegExp): RegExpExecArray | null => (host.test(url.hostname) ? path.exec(url.pathname) : null);

/** The post on X (Twitter) a player or link address names; on its own, so the cheap check below can use it. */
function postOnX(url: URL): string | null {
  if (/^platform\.twitter\.com$/.test(url.hostname) && /^\/embed\/Tweet\.html/.test(url.pathname)) {
    const id = url.searchParams.get('id');
    return id && /^\d+$/.test(id) ? `https://twitter.com/i/status/${id}` : null;
  }
  const status = match(url, /^(?:www\.|mobile\.)?(?:twitter|x)\.com$/, /^\/([\w]+)\/status(?:es)?\/(\d+)/);
  return status ? `https://twitter.com/${status[1]}/status/${status[2]}` : null;
}

export const PROVIDERS: readonly EmbedProvider[] = [
  {
    id: 'youtube',
    name: 'YouTube',
    original(url) {
      const id = match(url, /(?:^|\.)youtube(?:-nocookie)?\.com$/, /^\/(?:embed|v|shorts|live)\/([\w-]{6,})/)?.[1] ?? match(url, /^youtu\.be$/, /^\/([\w-]{6,})/)?.[1] ?? (/(?:^|\.)youtube\.com$/.test(url.hostname) && url.pathname === '/watch' ? url.searchParams.get('v') : null);
      return id && /^[\w-]{6,20}$/.test(id) ? `https://www.youtube.com/watch?v=${id}` : null;
    },
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    original(url) {
      const id = match(url, /^player\.vimeo\.com$/, /^\/video\/(\d+)/)?.[1] ?? match(url, /^(?:www\.)?vimeo\.com$/, /^\/(\d+)/)?.[1];
      return id ? `https://vimeo.com/${id}` : null;
    },
  },
  { id: 'twitter', name: 'X (Twitter)', original: postOnX },
  {
    id: 'instagram',
    name: 'Instagram',
    original(url) {
      const post = match(url, /(?:^|\.)instagram\.com$/, /^\/(p|reel|tv)\/([\w-]+)/);
      return post ? `https://www.instagram.com/${post[1]}/${post[2]}/` : null;
    },
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    original(url) {
      if (!/(?:^|\.)tiktok\.com$/.test(url.hostname)) return null;
      const video = /^\/@([\w.-]+)\/video\/(\d+)/.exec(url.pathname);
      if (video) return `https://www.tiktok.com/@${video[1]}/video/${video[2]}`;
      const id = /^\/(?:embed(?:\/v2)?|player\/v1)\/(\d+)/.exec(url.pathname)?.[1];
      return id ? `https://www.tiktok.com/embed/v2/${id}` : null;
    },
  },
  {
    id: 'spotify',
    name: 'Spotify',
    original(url) {
      const item = match(url, /^open\.spotify\.com$/, /^\/embed(?:-podcast)?\/(track|album|playlist|episode|show|artist)\/(\w+)/);
      return item ? `https://open.spotify.com/${item[1]}/${item[2]}` : null;
    },
  },
  {
    id: 'soundcloud',
    name: 'SoundCloud',
    original(url) {
      if (/^w\.soundcloud\.com$/.test(url.hostname) && url.pathname.startsWith('/player')) {
        const target = url.searchParams.get('url');
        return target && /^https:\/\/(?:api\.)?soundcloud\.com\//.test(target) ? target : null;
      }
      return /^soundcloud\.com$/.test(url.hostname) && url.pathname.length > 1 ? url.href : null;
    },
  },
  {
    id: 'codepen',
    name: 'CodePen',
    original(url) {
      const pen = match(url, /^codepen\.io$/, /^\/([\w-]+)\/(?:embed|pen|full)\/(?:preview\/)?(\w+)/);
      return pen ? `https://codepen.io/${pen[1]}/pen/${pen[2]}` : null;
    },
  },
  {
    id: 'gist',
    name: 'GitHub Gist',
    original(url) {
      const gist = match(url, /^gist\.github\.com$/, /^\/(?:([\w-]+)\/)?([0-9a-f]{6,})(?:\.js(?:on)?)?$/);
      return gist ? `https://gist.github.com/${gist[1] ? gist[1] + '/' : ''}${gist[2]}` : null;
    },
  },
];

/** A word of every host a provider above serves: an address that names none of them is no provider's. */
export const PROVIDER_HOST = /youtu|vimeo|twitter|x\.com|instagram|tiktok|spotify|soundcloud|codepen|gist\.github/i;
/** The same words but X's, whose addresses `mayBeEmbedAddress` tells exactly. */
const PROVIDER_HOST_BUT_X = /youtu|vimeo|instagram|tiktok|spotify|soundcloud|codepen|gist\.github/i;

/**
 * Whether `address` may be one `embedTarget` makes a card of, without parsing it for every provider: it names a
 * provider's host; for X (Twitter), it must be a post's address, as X's loader script (platform.twitter.com/
 * widgets.js) stays on many pages with no post to make a card of, and "x.com" is in many other hosts' names.
 */
export function mayBeEmbedAddress(address: string, base: string): boolean {
  if (PROVIDER_HOST_BUT_X.test(address)) return true;
  if (!/twitter|x\.com/i.test(address)) return false;
  const url = webUrl(address, base);
  return url !== null && postOnX(url) !== null;
}

/** An absolute web address for `address` (resolved against `base`), or null for anything else. */
export function webUrl(address: string, base: string): URL | null {
  try {
    const url = new URL(address, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The provider and the original's address for an embed address, or null for anything else. */
export function embedTarget(address: string, base: string): { provider: EmbedProvider; href: string } | null {
  const url = webUrl(address, base);
  if (!url) return null;
  for (const provider of PROVIDERS) {
    const href = provider.original(url);
    if (href) return { provider, href };
  }
  return null;
}
