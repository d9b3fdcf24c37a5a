import { useEffect, useState } from 'preact/hooks';
import { withSite, type AlwaysOpenSettings } from '../storage/always-open-sites';
import type { StoredItem } from '../storage/item';
import { t } from '../ui/i18n';

interface Props {
  settings: StoredItem<AlwaysOpenSettings>;
  permissions: { has(host: string): Promise<boolean>; remove(host: string): Promise<boolean> };
}

interface Site {
  host: string;
  /** The browser still grants the site's permission (the person may have removed it in its settings). */
  allowed: boolean | null;
}

/**
 * The sites where the reader opens by itself. Each is turned on from the reader (which asks the browser for
 * that site); here it is turned off, which removes the site's permission too.
 */
export function AlwaysOpenPanel({ settings, permissions }: Props) {
  const [sites, setSites] = useState<Site[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const show = async (value: AlwaysOpenSettings) => {
      const allowed = await Promise.all(value.sites.map((host) => permissions.has(host).catch(() => null)));
      if (live) setSites(value.sites.map((host, index) => ({ host, allowed: allowed[index] ?? null })));
    };
    void settings.get().then(({ value }) => show(value), () => live && setSites([]));
    const stop = settings.watch(({ value }) => void show(value));
    return () => {
      live = false;
      stop();
    };
  }, [settings, permissions]);

  const turnOff = async (host: string) => {
    try {
      await settings.set(withSite((await settings.get()).value, host, false));
      await permissions.remove(host);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return (
    <section class="panel always-open" aria-labelledby="always-open-title" data-panel="always-open">
      <h2 id="always-open-title" class="panel-title">
        {t('libraryAlwaysTitle')}
      </h2>
      <p class="tools-note">{t('libraryAlwaysIntro')}</p>
      {sites && sites.length === 0 && <p class="tools-note" data-empty="always-open">{t('libraryAlwaysNone')}</p>}
      {sites && sites.length > 0 && (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site.host} class="site" data-site={site.host}>
              <bdi class="site-host">{site.host}</bdi>
              {site.allowed === false && <span class="site-note">{t('libraryAlwaysRevoked')}</span>}
              <button type="button" class="tool site-off" onClick={() => void turnOff(site.host)} aria-label={t('libraryAlwaysOffLabel', site.host)}>
                {t('libraryAlwaysOff')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failed && (
        <p class="tools-note problem" role="alert">
          {t('libraryAlwaysFailed')}
        </p>
      )}
    </section>
  );
}
