// Marks every page of a training enterprise, so practice data is never taken for real data.
import { Show } from 'solid-js';
import type { EnterpriseRecord } from '../../storage';
import { t } from '../i18n';

export function WorkspaceBanner(props: { enterprise: EnterpriseRecord | undefined }) {
  return (
    <Show when={props.enterprise?.workspace === 'training'}>
      <div class="banner banner-training" role="note" data-testid="training-banner">
        {t('training.returnsBanner')} — <a href="#/training">{t('training.heading')}</a>
      </div>
    </Show>
  );
}
