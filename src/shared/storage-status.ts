/** What the user is told about the settings file at start: where it is, whether it can be written, what happened. */
export interface StorageNotice {
  severity: 'info' | 'warning' | 'error';
  message: string;
}

export interface StorageStatus {
  filePath: string;
  writable: boolean;
  notices: StorageNotice[];
}

/** A notice as main keeps it: rendered when the window asks, in the language chosen by then. */
export interface PendingStorageNotice {
  severity: StorageNotice['severity'];
  message: () => string;
}

export interface PendingStorageStatus {
  filePath: string;
  writable: boolean;
  notices: PendingStorageNotice[];
}

export function renderStorageStatus(status: PendingStorageStatus): StorageStatus {
  return {
    ...status,
    notices: status.notices.map((notice) => ({ severity: notice.severity, message: notice.message() })),
  };
}
