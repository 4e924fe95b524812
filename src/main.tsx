// Entry point: mounts the Solid app and, on http(s), registers the service worker that makes the
// app work offline after one visit.
import { render } from 'solid-js/web';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) render(() => <App />, root);

if (!__SINGLE_FILE__ && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  // After load, so installing the service worker never competes with the first paint.
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e: unknown) => {
      console.warn('service worker registration failed', e);
    });
  });
}
