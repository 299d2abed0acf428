export declare const INSTALL_COMMAND: string;
/** The prerequisites that are missing, each as a short name with where it was looked for. */
export declare function missingPrerequisites(env?: NodeJS.ProcessEnv): string[];
