// Undo/redo of the editor: steps of one cell or explanation, from → to. Typing in one cell makes
// one step (keystrokes within a short pause coalesce), as in a spreadsheet.
export interface UndoStep {
  readonly kind: 'cell' | 'explanation';
  readonly key: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
  readonly at: number;
}

export interface UndoState {
  readonly undo: readonly UndoStep[];
  readonly redo: readonly UndoStep[];
}

export const COALESCE_MS = 1500;
const LIMIT = 200;

export const emptyUndo: UndoState = { undo: [], redo: [] };

/** Records an edit; a new edit clears the redo stack. */
export function record(state: UndoState, step: UndoStep): UndoState {
  if (step.before === step.after) return state;
  const top = state.undo[state.undo.length - 1];
  if (top && top.kind === step.kind && top.key === step.key && step.at - top.at < COALESCE_MS) {
    const merged = { ...top, after: step.after, at: step.at };
    const rest = state.undo.slice(0, -1);
    return { undo: merged.before === merged.after ? rest : [...rest, merged], redo: [] };
  }
  return { undo: [...state.undo, step].slice(-LIMIT), redo: [] };
}

/** The step to revert (apply its `before`) and the state after undoing it. */
export function undo(state: UndoState): [UndoStep, UndoState] | undefined {
  const step = state.undo[state.undo.length - 1];
  if (!step) return undefined;
  return [step, { undo: state.undo.slice(0, -1), redo: [...state.redo, step] }];
}

/** The step to re-apply (its `after`) and the state after redoing it. */
export function redo(state: UndoState): [UndoStep, UndoState] | undefined {
  const step = state.redo[state.redo.length - 1];
  if (!step) return undefined;
  return [step, { undo: [...state.undo, step], redo: state.redo.slice(0, -1) }];
}
