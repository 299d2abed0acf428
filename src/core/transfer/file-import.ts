import type { ImportRequest as ChosenFileImportRequest } from '../../shared/ipc';
import type { Result } from '../../shared/result';
import type { ChosenImportFile, ImportPlan, ImportResult } from '../../shared/transfer';
import { ChosenImportFiles } from './chosen-import-files';
import type { TransferService } from './transfer-service';

/**
 * Import as the window does it: main opens the file the user chose and keeps its text; the window
 * previews and applies it by token, so no file size meets the IPC limit and no path reaches the page.
 */
export class FileImport {
  private readonly files = new ChosenImportFiles();

  constructor(private readonly transfer: TransferService) {}

  /** `filePath` is what the open dialog answered (undefined when the user cancelled it). */
  choose(filePath: string | undefined): Promise<Result<ChosenImportFile | null>> {
    return this.files.choose(filePath);
  }

  async preview({ file, ...request }: ChosenFileImportRequest): Promise<Result<ImportPlan>> {
    const text = this.files.textOf(file);
    return text.ok ? this.transfer.plan({ ...request, text: text.value }) : text;
  }

  async apply({ file, ...request }: ChosenFileImportRequest): Promise<Result<ImportResult>> {
    const text = this.files.textOf(file);
    if (!text.ok) return text;
    const applied = await this.transfer.apply({ ...request, text: text.value });
    if (applied.ok) this.files.forget(file);
    return applied;
  }
}
