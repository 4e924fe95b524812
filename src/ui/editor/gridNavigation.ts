// Spreadsheet-like keys in the grid: Enter / ↓ next row, ↑ previous row, ← → previous / next
// column when the caret is at the start / end of the text. Works on data-row/data-col attributes
// so it needs no state of its own.
const NAVIGATION_KEYS = new Set(['Enter', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight']);

export function moveFocus(event: KeyboardEvent): void {
  // Every keystroke in a cell comes here: leave typing alone before touching the element, whose
  // selectionStart can make the browser bring style and layout up to date (profiled).
  if (!NAVIGATION_KEYS.has(event.key)) return;
  const el = event.currentTarget as HTMLInputElement | HTMLSelectElement;
  const grid = el.closest('[data-grid]');
  if (!grid) return;
  const row = Number(el.dataset.row);
  const col = Number(el.dataset.col);
  const isInput = el instanceof HTMLInputElement;
  const atStart = isInput ? el.selectionStart === 0 && el.selectionEnd === 0 : true;
  const atEnd = isInput ? el.selectionStart === el.value.length : true;
  let target: [number, number] | undefined;
  switch (event.key) {
    case 'Enter':
      if (event.isComposing) return;
      target = [row + (event.shiftKey ? -1 : 1), col];
      break;
    case 'ArrowDown':
      if (!isInput) return; // a <select> uses ↑↓ to choose
      target = [row + 1, col];
      break;
    case 'ArrowUp':
      if (!isInput) return;
      target = [row - 1, col];
      break;
    case 'ArrowLeft':
      if (atStart) target = [row, col - 1];
      break;
    case 'ArrowRight':
      if (atEnd) target = [row, col + 1];
      break;
  }
  if (!target) return;
  const next = grid.querySelector<HTMLElement>(`[data-row="${target[0]}"][data-col="${target[1]}"]`);
  if (!next) return;
  event.preventDefault();
  next.focus();
  if (next instanceof HTMLInputElement) next.select();
}
