import { wordSet } from './words';

/**
 * Nouns that tell a result from an output. Outcome nouns name what a business or the
 * public cares about moving (revenue, churn, conversion, uptime, customers); output nouns
 * name what a team produces or does (webinars, hires, docs, features, reviews). General
 * English and common sales, product and public-sector terms, not words from one plan.
 */

const OUTCOME = `revenue arr mrr acv iacv tcv arpu arpa ltv cac bookings sales margin profit profitability ebitda
  cost costs churn retention nrr grr expansion upsell renewal conversion rate ratio share penetration adoption
  activation engagement usage satisfaction nps csat ces sla uptime availability reliability latency quality
  accuracy coverage efficiency productivity pipeline quota attainment win deal logo customer client account
  user wau mau dau swau signup sign-up subscriber trial download traffic visitor pageview lead mql sql sao sal
  sqo opportunity demand awareness growth income gdp backlog downtime outage incident complaint emission
  carbon waste company organization organisation market feedback confidence trust loyalty throughput
  velocity value spend savings saving roi payback readiness attendance enrolment enrollment outcome
  performance standard time wait waiting visibility recognition reputation health safety`;

const OUTPUT = `webinar session workshop event meeting call demo interview survey training course module bootcamp
  boot-camp class talk presentation deck post blog article piece video podcast newsletter email campaign ad
  advert asset playbook runbook guide doc docs documentation handbook page report reporting dashboard tool
  tooling system process flow framework template policy plan roadmap strategy program programme project
  initiative pilot prototype mvp experiment test feature capability integration sdk api app plugin library
  component version migration rollout launch deployment improvement change fix analysis audit review
  assessment evaluation study research dive deep-dive digest alert tactic hire headcount role position rfc
  spec mock mockup task milestone deliverable brief certification intro introduction outreach message
  messaging pitch script faq guideline solution iteration standardization standardisation snapshot issue
  chart flag`;

/** Nouns of a team's own size: growing them is hiring, an input ("Grow team to plan"). */
const HEADCOUNT = 'team headcount staff staffing';

export const OUTCOME_NOUNS = wordSet(OUTCOME);
export const OUTPUT_NOUNS = wordSet(OUTPUT);
export const HEADCOUNT_NOUNS = wordSet(HEADCOUNT);

/** Units of time: a number of them in a statement is a duration to meet ("Upgrades take less than 30 minutes"). */
export const TIME_UNITS = wordSet(
  'second seconds s ms millisecond milliseconds minute minutes min mins hour hours h day days d week weeks month months year years quarter quarters',
);

/** People outside the team: what they do is a result, not the team's work ("Users provide feedback"). */
export const PEOPLE_NOUNS = wordSet(
  'customer customers user users client clients buyer buyers prospect prospects developer developers admin admins administrator administrators people patient patients resident residents citizen citizens member members everyone visitors visitor subscribers audience',
);
