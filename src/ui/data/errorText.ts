// A user-facing text for anything thrown: our own errors carry Chinese messages already.
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
