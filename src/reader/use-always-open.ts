import { useCallback, useEffect, useState } from 'preact/hooks';
import { siteOfUrl, withSite } from '../storage/always-open-sites';
import type { ReaderServices } from './services';

export type AlwaysOpenStatus = 'idle' | 'on' | 'off' | 'declined' | 'failed';

/**
 * "Always open on this site" for the article's site: on when the site is in the list and its permission is
 * held. Turning it on asks the browser for that one site first (from the click itself), then lists it.
 */
export function useAlwaysOpen(services: ReaderServices, articleUrl: string) {
  const site = siteOfUrl(articleUrl);
  const [on, setOn] = useState<boolean | null>(null);
  const [status, setStatus] = useState<AlwaysOpenStatus>('idle');

  useEffect(() => {
    if (!site) return undefined;
    let live = true;
    const refresh = async () => {
      const [{ value }, allowed] = await Promise.all([services.alwaysOpen.get(), services.sitePermissions.has(site)]);
      if (live) setOn(value.sites.includes(site) && allowed);
    };
    void refresh().catch(() => live && setOn(false));
    const stop = services.alwaysOpen.watch(() => void refresh().catch(() => undefined));
    return () => {
      live = false;
      stop();
    };
  }, [services, site]);

  const toggle = useCallback(() => {
    if (!site) return;
    if (!on) {
      // The request comes first: the browser asks only while the click's gesture lasts.
      const asked = services.sitePermissions.request(site);
      void (async () => {
        try {
          if (!(await asked)) return setStatus('declined');
          await services.alwaysOpen.set(withSite((await services.alwaysOpen.get()).value, site, true));
          setOn(true);
          setStatus('on');
        } catch {
          setStatus('failed');
        }
      })();
      return;
    }
    void (async () => {
      try {
        await services.alwaysOpen.set(withSite((await services.alwaysOpen.get()).value, site, false));
        await services.sitePermissions.remove(site);
        setOn(false);
        setStatus('off');
      } catch {
        setStatus('failed');
      }
    })();
  }, [services, site, on]);

  return { site, on, status, toggle };
}
