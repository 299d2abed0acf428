import type { Message } from './i18n/message';

/** One place certificates are trusted from, as the connection test uses them. */
export interface TrustSource {
  name: Message;
  /** Certificates found there; undefined when the source could not be read. */
  certificates?: number;
  note: Message;
}

export interface AppInfo {
  version: string;
  runtime: { node: string; electron?: string; chrome?: string };
  trustSources: TrustSource[];
}
