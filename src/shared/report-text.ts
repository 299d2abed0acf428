import type { ConnectionTestReport, StageResult, TestFailure } from './connection-test';
import type { DetectionReport, ProbeResult } from './detection';
import { renderMessage, type Locale } from './i18n';
import type { TestAllResult } from './test-all';

/** A failure in words of one language. */
export interface FailureText {
  code: TestFailure['code'];
  message: string;
  hint: string;
}

export type StageText = Omit<StageResult, 'detail'> & { detail?: string };

/** A report whose messages are finished text: what the CLI prints as JSON, and what tests read. */
export type ConnectionTestReportText = Omit<ConnectionTestReport, 'error' | 'stages'> & {
  error?: FailureText;
  stages: StageText[];
};

export function renderFailure(failure: TestFailure, locale: Locale): FailureText {
  return {
    code: failure.code,
    message: renderMessage(locale, failure.message),
    hint: renderMessage(locale, failure.hint),
  };
}

function renderStage(stage: StageResult, locale: Locale): StageText {
  const { detail, ...rest } = stage;
  return detail === undefined ? rest : { ...rest, detail: renderMessage(locale, detail) };
}

/**
 * The report in words of `locale`, shape and fields otherwise unchanged: scripts reading the CLI's
 * --json keep getting `error.message` as text, as they did before reports carried messages.
 */
export function renderReport(report: ConnectionTestReport, locale: Locale): ConnectionTestReportText {
  const { error, stages, ...rest } = report;
  return {
    ...rest,
    ...(error ? { error: renderFailure(error, locale) } : {}),
    stages: stages.map((stage) => renderStage(stage, locale)),
  };
}

export type ProbeResultText = Omit<ProbeResult, 'error'> & { error?: FailureText };
export type DetectionReportText = Omit<DetectionReport, 'probes'> & { probes: ProbeResultText[] };

export function renderDetection(report: DetectionReport, locale: Locale): DetectionReportText {
  return {
    ...report,
    probes: report.probes.map(({ error, ...probe }) =>
      error ? { ...probe, error: renderFailure(error, locale) } : probe,
    ),
  };
}

export type TestAllResultText = Omit<TestAllResult, 'outcomes'> & {
  outcomes: (Omit<TestAllResult['outcomes'][number], 'report'> & { report?: ConnectionTestReportText })[];
};

export function renderTestAllResult(result: TestAllResult, locale: Locale): TestAllResultText {
  return {
    ...result,
    outcomes: result.outcomes.map(({ report, ...outcome }) =>
      report ? { ...outcome, report: renderReport(report, locale) } : outcome,
    ),
  };
}
