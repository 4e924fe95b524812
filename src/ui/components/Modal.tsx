// The app's dialog: Kobalte's Dialog (focus trap, Escape, aria-modal, labelled title) with our
// layout, so every dialog behaves the same and is accessible.
import { Dialog } from '@kobalte/core/dialog';
import type { JSX } from 'solid-js';
import { t } from '../i18n';

export function Modal(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: JSX.Element;
}) {
  return (
    <Dialog open={props.open} onOpenChange={(open) => props.onOpenChange(open)}>
      <Dialog.Portal>
        <Dialog.Overlay class="modal-overlay" />
        <div class="modal-positioner">
          <Dialog.Content class="modal">
            <div class="modal-header">
              <Dialog.Title class="modal-title">{props.title}</Dialog.Title>
              <Dialog.CloseButton class="icon-button" aria-label={t('common.close')}>
                ×
              </Dialog.CloseButton>
            </div>
            {props.description && (
              <Dialog.Description class="modal-description">{props.description}</Dialog.Description>
            )}
            {props.children}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog>
  );
}
