// A small toast queue: after a delete it offers 撤销 (undo); it disappears by itself.
import { For, createSignal } from 'solid-js';
import { t } from '../i18n';

interface Toast {
  readonly id: number;
  readonly text: string;
  readonly undo?: () => void;
}

const [toasts, setToasts] = createSignal<readonly Toast[]>([]);
let nextId = 1;

const dismiss = (id: number) => setToasts((all) => all.filter((x) => x.id !== id));

/** Shows a message for a while; with `undo`, a button that calls it. */
export function showToast(text: string, undo?: () => void, ms = 8000): void {
  const id = nextId++;
  setToasts((all) => [...all, undo ? { id, text, undo } : { id, text }]);
  setTimeout(() => dismiss(id), ms);
}

export function ToastHost() {
  return (
    <div class="toasts" role="status" aria-live="polite">
      <For each={toasts()}>
        {(toast) => (
          <div class="toast">
            <span>{toast.text}</span>
            {toast.undo && (
              <button
                type="button"
                onClick={() => {
                  toast.undo?.();
                  dismiss(toast.id);
                }}
              >
                {t('common.undo')}
              </button>
            )}
          </div>
        )}
      </For>
    </div>
  );
}
