import { encodeArguments, encodeReturnValue } from '../../../local/preview/serialization';

describe('google.script.run arguments', () => {
  it('passes primitives, null, plain objects and arrays unchanged', () => {
    const args = ['=1+1', 42, true, null, { name: 'Win rate', targets: [0.2, 0.25] }, [['S1', 'S2']]];
    expect(encodeArguments(args)).toEqual({ ok: true, value: args });
  });

  it('turns undefined inside arrays into null', () => {
    expect(encodeArguments([[1, undefined, 3]])).toEqual({ ok: true, value: [[1, null, 3]] });
  });

  it('drops object fields that are undefined', () => {
    expect(encodeArguments([{ id: 'S1', learning: undefined }])).toEqual({ ok: true, value: [{ id: 'S1' }] });
  });

  it('turns an undefined argument into null', () => {
    expect(encodeArguments(['S1', undefined])).toEqual({ ok: true, value: ['S1', null] });
  });

  it('fails on a Date argument, naming where it was', () => {
    expect(encodeArguments(['S1', new Date('2026-07-01T00:00:00Z')])).toEqual({
      ok: false,
      error: 'Failed due to illegal value in property: 1 (a Date).',
    });
  });

  it('fails on a Date nested inside an object', () => {
    expect(encodeArguments([{ review: { at: new Date(0) } }])).toEqual({
      ok: false,
      error: 'Failed due to illegal value in property: 0.review.at (a Date).',
    });
  });

  it('fails on a function', () => {
    expect(encodeArguments([{ onDone: () => 1 }])).toEqual({
      ok: false,
      error: 'Failed due to illegal value in property: 0.onDone (a function).',
    });
  });

  it('fails on a DOM node', () => {
    const node = { nodeType: 1, nodeName: 'INPUT' };
    expect(encodeArguments([node])).toEqual({
      ok: false,
      error: 'Failed due to illegal value in property: 0 (a DOM node).',
    });
  });

  it('fails on a circular object', () => {
    const strategy: Record<string, unknown> = { id: 'S1' };
    strategy.self = strategy;
    expect(encodeArguments([strategy])).toEqual({
      ok: false,
      error: 'Failed due to a circular reference in property: 0.self.',
    });
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { id: 'S1' };
    expect(encodeArguments([[shared, shared]])).toEqual({ ok: true, value: [[{ id: 'S1' }, { id: 'S1' }]] });
  });

  it('refuses objects that are not plain, such as a Map', () => {
    expect(encodeArguments([new Map()])).toEqual({
      ok: false,
      error: 'Failed due to illegal value in property: 0 (an object of type Map).',
    });
  });

  it('sends NaN and Infinity as null, as JSON does', () => {
    expect(encodeArguments([Number.NaN, [Number.POSITIVE_INFINITY]])).toEqual({ ok: true, value: [null, [null]] });
  });

  it('keeps hostile and long text as it is', () => {
    const text = `<img src=x onerror=alert(1)> مرحبا 🎯 ${'x'.repeat(50_000)}`;
    expect(encodeArguments([text])).toEqual({ ok: true, value: [text] });
  });
});

describe('google.script.run return values', () => {
  it('returns plain data unchanged', () => {
    expect(encodeReturnValue({ strategies: [{ id: 'S1', progress: 0.5 }], ok: true })).toEqual({
      strategies: [{ id: 'S1', progress: 0.5 }],
      ok: true,
    });
  });

  it('returns null for a Date', () => {
    expect(encodeReturnValue(new Date(0))).toBeNull();
  });

  it('returns null for a whole result that holds a Date anywhere', () => {
    expect(encodeReturnValue({ rows: [{ id: 'S1', due: new Date(0) }] })).toBeNull();
  });

  it('returns undefined when the function returns nothing', () => {
    expect(encodeReturnValue(undefined)).toBeUndefined();
  });

  it('turns undefined inside a returned array into null', () => {
    expect(encodeReturnValue([1, undefined])).toEqual([1, null]);
  });
});
