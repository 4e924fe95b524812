import { t } from '../i18n';

export function NotFoundPage() {
  return (
    <section class="page">
      <p>{t('app.notFound')}</p>
      <a href="#/">{t('app.backHome')}</a>
    </section>
  );
}
