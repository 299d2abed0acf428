import type { ConnectionTestReport, StageResult, TestFailure } from './connection-test';
import type { DetectionProposal, DetectionReport, ProbeResult } from './detection';
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
export type DetectionProposalText = Omit<DetectionProposal, 'reason' | 'certificateNote'> & {
  reason: string;
  certificateNote?: string;
};
export type DetectionReportText = Omit<DetectionReport, 'probes' | 'proposal'> & {
  probes: ProbeResultText[];
  proposal?: DetectionProposalText;
};

function renderProposal(proposal: DetectionProposal, locale: Locale): DetectionProposalText {
  const { certificateNote, ...rest } = proposal;
  return {
    ...rest,
    reason: renderMessage(locale, proposal.reason),
    ...(certificateNote ? { certificateNote: renderMessage(locale, certificateNote) } : {}),
  };
}

export function renderDetection(report: DetectionReport, locale: Locale): DetectionReportText {
  const { proposal, ...rest } = report;
  const probes = report.probes.map(({ error, ...probe }) =>
    error ? { ...probe, error: renderFailure(error, locale) } : probe,
  );
  // Replaced in its place among the keys: the CLI's JSON keeps the order scripts always saw.
  return proposal ? { ...report, probes, proposal: renderProposal(proposal, locale) } : { ...rest, probes };
}

export type TestAllResultText = Omit<TestAllResult, 'outcomes'> & {
  outcomes: (Omit<TestAllResult['outcomes'][number], 'report' | 'skipped'> & {
    report?: ConnectionTestReportText;
    skipped?: string;
  })[];
};

export function renderTestAllResult(result: TestAllResult, locale: Locale): TestAllResultText {
  return {
    ...result,
    outcomes: result.outcomes.map(({ report, skipped, ...outcome }) => ({
      ...outcome,
      ...(skipped ? { skipped: renderMessage(locale, skipped) } : {}),
      ...(report ? { report: renderReport(report, locale) } : {}),
    })),
  };
}
