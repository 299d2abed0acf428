import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { t } from '../../shared/i18n';

export type DataDirectory =
  | { kind: 'installed' }
  | { kind: 'portable'; directory: string }
  | { kind: 'portable-unwritable'; directory: string; message: () => string };

/**
 * The portable build (electron-builder sets PORTABLE_EXECUTABLE_DIR) keeps its settings in a
 * `data` folder next to the executable, so a consultant's USB stick carries them along.
 */
export function resolveDataDirectory(env: NodeJS.ProcessEnv): DataDirectory {
  const executableDir = env.PORTABLE_EXECUTABLE_DIR;
  if (!executableDir) return { kind: 'installed' };
  const directory = path.join(executableDir, 'data');
  try {
    mkdirSync(directory, { recursive: true });
    accessSync(directory, constants.W_OK);
    return { kind: 'portable', directory };
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'not writable';
    return {
      kind: 'portable-unwritable',
      directory,
      // Rendered when shown, in the language chosen by then.
      message: () => t('storage.portableUnwritable', { directory, reason }),
    };
  }
}
