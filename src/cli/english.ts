import { renderMessage } from '../shared/i18n';
import type { Message } from '../shared/i18n/message';
import type { CoreError } from '../shared/result';
import { messageOfIssue, type SchemaIssue } from '../shared/schema-message';

/**
 * The command line speaks English, whatever language the app's window was set to: every message the
 * core returns is rendered here, never through the process-wide locale (which the CLI leaves alone).
 */
export function english(message: Message): string {
  return renderMessage('en', message);
}

/** A refusal as text: what --json prints, with the same keys and words as before errors carried messages. */
export interface ErrorText {
  code: string;
  message: string;
  fieldErrors?: Record<string, string>;
  problems?: string[];
}

export function englishError(error: CoreError<string>): ErrorText {
  const { fieldErrors, problems } = error;
  return {
    code: error.code,
    message: english(error.message),
    ...(fieldErrors
      ? {
          fieldErrors: Object.fromEntries(
            Object.entries(fieldErrors).flatMap(([field, text]) => (text ? [[field, english(text)]] : [])),
          ),
        }
      : {}),
    ...(problems ? { problems: problems.map(english) } : {}),
  };
}

/** The first issue zod found, in English: the shared schemas carry a message key in it, zod its own words. */
export function firstIssueText(error: { issues: readonly SchemaIssue[] }, fallback: string): string {
  const issue = error.issues[0];
  return issue ? english(messageOfIssue(issue)) : fallback;
}
