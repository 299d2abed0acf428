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
