import { TIME_UNITS } from './nounLexicon';
import { isKnownVerb, verbClass } from './verbLexicon';
import { isOutcomeNoun, isOutputNounNotGerund } from './wordClasses';
import { lemmatize, tokenize } from './words';

/**
 * A reading of the metric a strategy is measured by: a result ("Win rate", "Churn",
 * "Trial sign-ups") or an output, a count of the team's own work ("Webinars held", "Open
 * roles filled", "Docs pages refreshed"). A deadline or level on the work ("Releases
 * shipped on time") makes it a result; an unknown metric is neither.
 */

export type MetricKind = 'outcome' | 'output' | 'unknown';

export interface MetricReading {
  readonly kind: MetricKind;
  /** The words, as typed, that decided it ("held", "Webinars", "rate"). */
  readonly cue: string;
}

// A level on the work, or a share of a plan: both are results.
const LEVEL =
  /\b(?:on time|on schedule|within|under|below|less than|no more than)\b|% of (?:the )?(?:plan|target|quota|goal)/iu;

export function readMetric(metric: string): MetricReading {
  const tokens = tokenize(metric).filter((token) => token.kind === 'word');
  const shown = (at: number) => {
    const token = tokens[at];
    return token === undefined ? '' : metric.slice(token.start, token.end);
  };
  if (tokens.length === 0) return { kind: 'unknown', cue: '' };
  if (LEVEL.test(metric) || tokens.some((token) => TIME_UNITS.has(token.text))) {
    return { kind: 'outcome', cue: metric.trim() };
  }
  const outcomeAt = tokens.findIndex((token) => isOutcomeNoun(token.text));
  if (outcomeAt >= 0) return { kind: 'outcome', cue: shown(outcomeAt) };
  const doneAt = tokens.findIndex((token) => {
    const lemma = lemmatize(token.text, isKnownVerb);
    return lemma.inflection === 'past' && verbClass(lemma.lemma) === 'action';
  });
  if (doneAt >= 0) return { kind: 'output', cue: shown(doneAt) };
  const outputAt = tokens.findIndex((token) => isOutputNounNotGerund(token.text));
  if (outputAt >= 0) return { kind: 'output', cue: shown(outputAt) };
  return { kind: 'unknown', cue: '' };
}
