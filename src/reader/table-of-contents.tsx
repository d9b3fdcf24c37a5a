import { t } from '../ui/i18n';
import { ToolbarMenu } from './toolbar-menu';

export interface TocEntry {
  id: string;
  text: string;
  level: number;
}

interface ListProps {
  entries: readonly TocEntry[];
  current: number;
  onPick(index: number): void;
}

/** The article's headings as links; the one the reader is in is marked. */
function TocList({ entries, current, onPick }: ListProps) {
  return (
    <ol class="toc-list">
      {entries.map((entry, index) => (
        <li key={entry.id} class={`toc-level-${entry.level}`}>
          <a
            href={`#${entry.id}`}
            aria-current={index === current ? 'location' : undefined}
            onClick={(event) => {
              event.preventDefault();
              onPick(index);
            }}
          >
            <bdi>{entry.text}</bdi>
          </a>
        </li>
      ))}
    </ol>
  );
}

/** On wide windows: a panel beside the article, always there. */
export function TocPanel(props: ListProps) {
  return (
    <nav class="toc-panel" aria-label={t('readerContents')}>
      <h2 class="toc-heading">{t('readerContents')}</h2>
      <TocList {...props} />
    </nav>
  );
}

/** On narrow windows: a menu in the toolbar that closes once a heading is picked. */
export function TocMenu({ open, onToggle, onPick, ...props }: ListProps & { open: boolean; onToggle(open: boolean): void }) {
  return (
    <ToolbarMenu name="contents" icon="☰" label={t('readerContents')} open={open} onToggle={onToggle}>
      <nav aria-label={t('readerContents')}>
        <TocList
          {...props}
          onPick={(index) => {
            onToggle(false);
            onPick(index);
          }}
        />
      </nav>
    </ToolbarMenu>
  );
}
