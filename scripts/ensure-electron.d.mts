/** A failure the user can act on: printed as it is, without a stack. */
export declare class ElectronSetupError extends Error {}

export interface EnsureElectronOptions {
  env?: NodeJS.ProcessEnv;
  /** The installed `electron` npm package (its package.json, install.js, checksums.json). */
  electronDir?: string;
  /** Abort the download when no byte arrives for this long. */
  stallMs?: number;
  log?: (line: string) => void;
}

/** The path of the Electron executable, downloaded first when missing; throws ElectronSetupError. */
export declare function ensureElectron(options?: EnsureElectronOptions): Promise<string>;
