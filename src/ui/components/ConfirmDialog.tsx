// Confirmation before anything destructive: the dangerous button is explicit, Cancel is focused.
import { Modal } from './Modal';
import { t } from '../i18n';

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal
      open={props.open}
      onOpenChange={(open) => !open && props.onCancel()}
      title={props.title}
      description={props.body}
    >
      <div class="modal-actions">
        <button type="button" autofocus onClick={() => props.onCancel()}>
          {t('common.cancel')}
        </button>
        <button type="button" class="danger" onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
