import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../ui/i18n';
import { KEY_HELP } from './keyboard';

interface Props {
  open: boolean;
  onClose(): void;
}

/** The `?` overlay: every key of the reader. A modal dialog, so focus stays in it and Esc closes it. */
export function KeyHelp({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog class="key-help" ref={ref} aria-labelledby="key-help-title" onClose={onClose}>
      <h2 id="key-help-title">{t('readerKeysTitle')}</h2>
      <dl class="key-list">
        {KEY_HELP.map(({ keys, message }) => (
          <div class="key-row" key={message}>
            <dt>
              {keys.map((key, index) => (
                <Fragment key={key}>
                  {index > 0 && ' + '}
                  <kbd>{key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t(message)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="tool-button key-help-close" onClick={onClose}>
        {t('readerClose')}
      </button>
    </dialog>
  );
}
