/**
 * Google's quotas page gives a property value 9 KB; a published measurement found the
 * largest value Apps Script accepted to be 8,066 bytes. What the add-on keeps in properties
 * must fit under either figure.
 */
import { loadAddon } from '../../local/appsScriptRuntime';
import type { ReviewDraft } from '../../src/server/api/wireTypes';

const MEASURED_LIMIT = 8066;

it('saves and reloads a long review draft when a property value holds only 8,066 bytes', () => {
  const addon = loadAddon({ limits: { propertyValueBytes: MEASURED_LIMIT } });
  const draft: ReviewDraft = {
    quarter: '2026-Q4',
    step: 1,
    reviews: [{ strategyId: 'S1', learning: 'x'.repeat(30_000), decision: 'keep', changes: {}, tactics: {} }],
  };
  addon.call('saveReviewDraft', draft);
  expect(addon.call('getReviewDraft')).toEqual(draft);
});
