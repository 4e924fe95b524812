// Entry point: mounts the Solid app and, on http(s), registers the service worker that makes the
// app work offline after one visit.
import { render } from 'solid-js/web';
import { App } from './ui/App';
import { loadLocale, locale } from './ui/i18n';
import './ui/styles.css';

const root = document.getElementById('root');
// A user who chose English gets it from the first paint (its dictionary is a lazy chunk).
const ready = locale() === 'zh-CN' ? Promise.resolve() : loadLocale(locale()).catch(() => undefined);
void ready.then(() => {
  document.documentElement.lang = locale();
  if (root) render(() => <App />, root);
});

if (!__SINGLE_FILE__ && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  // After load, so installing the service worker never competes with the first paint.
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e: unknown) => {
      console.warn('service worker registration failed', e);
    });
  });
}
