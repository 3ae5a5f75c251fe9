import { isDecreasing, progress } from '../../src/domain/progress';

describe('progress', () => {
  it('is 0 at the baseline and 1 at the target', () => {
    expect(progress(0.2, 0.25, 0.2)).toBe(0);
    expect(progress(0.2, 0.25, 0.25)).toBe(1);
  });

  it('treats a fall in churn as progress toward a lower target', () => {
    expect(progress(0.08, 0.05, 0.065)).toBeCloseTo(0.5, 12);
    expect(progress(8, 5, 6.5)).toBe(0.5);
    expect(isDecreasing(8, 5)).toBe(true);
  });

  it('keeps overshoot above 1 and regress below 0 unclamped', () => {
    expect(progress(100, 200, 250)).toBe(1.5);
    expect(progress(100, 200, 50)).toBe(-0.5);
    expect(progress(8, 5, 9.5)).toBe(-0.5);
  });

  it('treats a target equal to the baseline as met only while the metric sits on it', () => {
    expect(progress(95, 95, 95)).toBe(1);
    expect(progress(95, 95, 94)).toBe(0);
    expect(isDecreasing(95, 95)).toBe(false);
  });
});

describe('progress at the baseline of a falling metric', () => {
  it('is plain 0, not -0', () => {
    expect(Object.is(progress(8, 5, 8), 0)).toBe(true);
  });
});
