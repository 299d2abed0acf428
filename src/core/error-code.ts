/**
 * What a failed file operation says in a message: Node's errno code (ENOENT, EIO, ENOSPC…), or the
 * error's own text when it has none.
 */
export function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
