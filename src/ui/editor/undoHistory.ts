// Undo/redo of the editor: steps of one cell or explanation, from → to. Typing in one cell makes
// one step (keystrokes within a short pause coalesce), as in a spreadsheet; the cells of one paste
// share a group and are undone and redone together.
export interface UndoStep {
  readonly kind: 'cell' | 'explanation';
  readonly key: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
  readonly at: number;
  /** Steps made by one action (a pasted block) share a group: one undo reverts them all. */
  readonly group?: number;
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
  const typing = top?.group === undefined && step.group === undefined;
  if (top && typing && top.kind === step.kind && top.key === step.key && step.at - top.at < COALESCE_MS) {
    const merged = { ...top, after: step.after, at: step.at };
    const rest = state.undo.slice(0, -1);
    return { undo: merged.before === merged.after ? rest : [...rest, merged], redo: [] };
  }
  return { undo: [...state.undo, step].slice(-LIMIT), redo: [] };
}

/** The steps at the top of `stack` that belong together: one step, or its whole group (top first). */
function topSteps(stack: readonly UndoStep[]): UndoStep[] {
  const top = stack[stack.length - 1];
  if (!top) return [];
  if (top.group === undefined) return [top];
  const steps: UndoStep[] = [];
  for (let i = stack.length - 1; i >= 0 && stack[i]?.group === top.group; i--)
    steps.push(stack[i] as UndoStep);
  return steps;
}

/** The steps to revert (apply each `before`, in the order given) and the state after undoing them. */
export function undo(state: UndoState): [readonly UndoStep[], UndoState] | undefined {
  const steps = topSteps(state.undo);
  if (steps.length === 0) return undefined;
  return [steps, { undo: state.undo.slice(0, -steps.length), redo: [...state.redo, ...steps] }];
}

/** The steps to re-apply (each `after`, in the order given) and the state after redoing them. */
export function redo(state: UndoState): [readonly UndoStep[], UndoState] | undefined {
  const steps = topSteps(state.redo);
  if (steps.length === 0) return undefined;
  return [steps, { undo: [...state.undo, ...steps], redo: state.redo.slice(0, -steps.length) }];
}
