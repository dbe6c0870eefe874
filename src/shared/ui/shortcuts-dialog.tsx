import { useEffect, useRef, type KeyboardEvent } from 'react';
import { uiMessages } from './messages';

export interface Shortcut {
  keys: string;
  does: string;
}

/** The page's keyboard shortcuts, in a modal dialog (focus stays inside; Escape closes and returns focus). */
export function ShortcutsDialog({
  open,
  onClose,
  shortcuts,
}: {
  open: boolean;
  onClose: () => void;
  shortcuts: readonly Shortcut[];
}) {
  const m = uiMessages.use();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      onKeyDown={keepTabInside}
      aria-labelledby="shortcuts-title"
      className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        {m.shortcuts.title}
      </h2>
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">{m.shortcuts.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-4">
              {m.shortcuts.key}
            </th>
            <th scope="col" className="py-1">
              {m.shortcuts.does}
            </th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.keys}>
              <td className="py-1 pr-4">
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono">{s.keys}</kbd>
              </td>
              <td className="py-1">{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-slate-700">{m.shortcuts.paused}</p>
      <button type="button" className="btn-secondary mt-4" onClick={onClose}>
        {m.close}
      </button>
    </dialog>
  );
}

/** Tab and Shift+Tab go round the dialog's controls instead of leaving it for the browser's toolbar. */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const controls = [
    ...event.currentTarget.querySelectorAll<HTMLElement>(
      'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
    ),
  ];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}
