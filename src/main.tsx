// Entry point: mounts the Solid app.
import { render } from 'solid-js/web';
import { App } from './ui/App';

const root = document.getElementById('root');
if (root) render(() => <App />, root);
