export declare const REQUIRED_MAJOR: number;
/** The message to print for this Node version, or undefined when it is new enough. */
export declare function nodeVersionProblem(version: string, execPath: string): string | undefined;
