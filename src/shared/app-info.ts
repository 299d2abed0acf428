/** One place certificates are trusted from, as the connection test uses them. */
export interface TrustSource {
  name: string;
  /** Certificates found there; undefined when the source could not be read. */
  certificates?: number;
  note: string;
}

export interface AppInfo {
  version: string;
  runtime: { node: string; electron?: string; chrome?: string };
  trustSources: TrustSource[];
}
