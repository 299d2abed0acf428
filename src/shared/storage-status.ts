import { renderMessage, type Locale } from './i18n';
import type { Message } from './i18n/message';

/** What the user is told about the accounts file at start, as data: the window translates it when shown. */
export interface StorageNotice {
  severity: 'info' | 'warning' | 'error';
  message: Message;
}

/** Where the accounts file is, whether it can be written, and what happened to it at start. */
export interface StorageStatus {
  filePath: string;
  writable: boolean;
  notices: StorageNotice[];
}

/** The status with its notices in words of `locale`: for the command line, which prints them, and tests. */
export function renderStorageStatus(status: StorageStatus, locale: Locale = 'en') {
  return {
    ...status,
    notices: status.notices.map((notice) => ({
      severity: notice.severity,
      message: renderMessage(locale, notice.message),
    })),
  };
}
