import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { message, type Message } from '../../shared/i18n/message';
import { failed, succeeded, type Result } from '../../shared/result';
import { IMPORT_MAX_BYTES, type ChosenImportFile } from '../../shared/transfer';
import { readBoundedText } from '../read-bounded-file';

/**
 * The import file main opened for the window. Main reads it, not the renderer: an export of a few
 * hundred accounts is larger than one IPC message may be, and the window has no business with
 * file paths. The window refers to the file by a token; only the latest choice is kept, and any
 * new choice (even a cancelled or refused one) lets go of the previous file's text.
 */
export class ChosenImportFiles {
  private chosen: { token: string; text: string } | undefined;

  async choose(filePath: string | undefined): Promise<Result<ChosenImportFile | null>> {
    this.chosen = undefined;
    if (filePath === undefined) return succeeded(null);
    const name = path.basename(filePath);
    try {
      const read = await readBoundedText(filePath, IMPORT_MAX_BYTES);
      if (!read.ok)
        return failure(
          message('import.tooLarge', {
            size: (read.bytes / 1024 / 1024).toFixed(1),
            max: IMPORT_MAX_BYTES / 1024 / 1024,
          }),
        );
      this.chosen = { token: randomUUID(), text: read.text };
      return succeeded({ file: this.chosen.token, name, bytes: read.bytes });
    } catch (error) {
      return failure(
        message('import.unreadable', { file: name, code: (error as NodeJS.ErrnoException).code ?? 'error' }),
      );
    }
  }

  /** The text of the file behind `token`, or a reply saying it must be chosen again. */
  textOf(token: string): Result<string> {
    if (this.chosen?.token !== token) return failure(message('import.chooseAgain'));
    return succeeded(this.chosen.text);
  }

  /** After an import the file is done with: its text is not kept in memory. */
  forget(token: string): void {
    if (this.chosen?.token === token) this.chosen = undefined;
  }
}

function failure(reason: Message) {
  return failed('INVALID_FILE', reason);
}
