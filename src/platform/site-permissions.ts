// One site's host permission, for "Always open here": asked for when the person turns it on (the manifest
// lists every http and https site as `optional_host_permissions`, so nothing is granted at install), removed
// when they turn it off. Each site is one pattern, `*://HOST/*`, covering its http and https pages.
import browser from './browser';

export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

/**
 * Asks the browser for `host`. Call it straight from the click that turns the option on, before any other
 * await: the browser only asks while the click's user gesture lasts. Resolves false when the person declines.
 */
export function requestSitePermission(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(host)] });
}

export function removeSitePermission(host: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [sitePattern(host)] });
}

export function hasSitePermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(host)] });
}

/** Calls `listener` with the hosts whose permission was removed (by us, or by the person in the browser's settings). */
export function onSitePermissionsRemoved(listener: (hosts: string[]) => void): () => void {
  const onRemoved = (removed: { origins?: string[] }) => {
    const hosts = (removed.origins ?? []).map((origin) => /^\*:\/\/([^/]+)\/\*$/.exec(origin)?.[1]).filter((host): host is string => Boolean(host));
    if (hosts.length) listener(hosts);
  };
  browser.permissions.onRemoved.addListener(onRemoved);
  return () => browser.permissions.onRemoved.removeListener(onRemoved);
}
