// New enterprise: a name (required) and optionally the 统一社会信用代码, checked as typed so the
// user learns of a wrong check digit now rather than from the official platform.
import { Show, createSignal } from 'solid-js';
import { normaliseUscc, verifyUscc } from '../../core/uscc/verifyUscc';
import { errorText } from '../data/errorText';
import { t } from '../i18n';
import { Modal } from './Modal';

export function CreateEnterpriseDialog(props: {
  open: boolean;
  onClose: () => void;
  onCreate: (input: { name: string; uscc: string }) => Promise<void>;
}) {
  const [name, setName] = createSignal('');
  const [uscc, setUscc] = createSignal('');
  const [problem, setProblem] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const trimmed = name().trim();
    const code = normaliseUscc(uscc());
    if (trimmed === '') {
      setProblem(t('enterpriseForm.nameRequired'));
      return;
    }
    if (code !== '' && !verifyUscc(code)) {
      setProblem(t('enterpriseForm.usccInvalid'));
      return;
    }
    setBusy(true);
    try {
      await props.onCreate({ name: trimmed, uscc: code });
      setName('');
      setUscc('');
      setProblem(undefined);
    } catch (e) {
      setProblem(t('enterpriseForm.failed', { message: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      onOpenChange={(open) => !open && props.onClose()}
      title={t('enterpriseForm.title')}
      description={t('enterpriseForm.description')}
    >
      <form class="form" onSubmit={(e) => void submit(e)} novalidate>
        <label class="field">
          <span>
            {t('enterpriseForm.name')} <span class="required">*</span>
          </span>
          <input
            name="name"
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
            maxLength={100}
            required
            autofocus
          />
        </label>
        <label class="field">
          <span>{t('enterpriseForm.uscc')}</span>
          <input
            name="uscc"
            value={uscc()}
            onInput={(e) => setUscc(e.currentTarget.value)}
            maxLength={30}
            autocomplete="off"
            aria-describedby="uscc-hint"
          />
          <small id="uscc-hint">{t('enterpriseForm.usccHint')}</small>
        </label>
        <Show when={problem()}>
          <p class="form-problem" role="alert">
            {problem()}
          </p>
        </Show>
        <div class="modal-actions">
          <button type="button" onClick={() => props.onClose()}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="primary" disabled={busy()}>
            {t('enterpriseForm.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
