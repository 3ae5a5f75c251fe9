import { inlineSidebar } from '../../scripts/lib/inlineSidebar';
import { customFunctionJsDoc, stubsFor } from '../../scripts/lib/stubs';

const template = '<head><!-- inline:css --></head><body><!-- inline:js --></body>';

describe('inlineSidebar', () => {
  it('puts script and styles into the page', () => {
    expect(inlineSidebar(template, { js: 'run();\n', css: 'p{}\n' })).toBe(
      '<head><style>\np{}\n</style></head><body><script>\nrun();\n</script></body>',
    );
  });

  it("keeps $& and $' in code literally", () => {
    expect(inlineSidebar(template, { js: "x.replace(a, '$&$\\'');\n", css: '' })).toContain("x.replace(a, '$&$\\'');");
  });

  it.each(['"</script>"', '"<!--<script>"', '"</SCRIPT "'])('refuses code containing %s', (literal) => {
    expect(() => inlineSidebar(template, { js: `var s = ${literal};`, css: '' })).toThrow(
      /would break the inlined page/,
    );
  });
});

describe('stubsFor', () => {
  const doc = {
    summary: 'Says hi */ safely.',
    params: [
      { name: 'who', type: 'string', description: 'Whom to greet.' },
      { name: 'loud', type: 'boolean', description: 'Shout?', optional: true },
    ],
    returns: { type: 'string', description: 'The greeting.' },
    example: 'HELLO("team")',
  };

  it('writes JSDoc with one @param per argument, optional ones in brackets, and closes comments safely', () => {
    expect(customFunctionJsDoc(doc)).toBe(
      [
        '/**',
        ' * Says hi *\\/ safely.',
        ' * Example: =HELLO("team")',
        ' *',
        ' * @param {string} who Whom to greet.',
        ' * @param {boolean} [loud] Shout?',
        ' * @return {string} The greeting.',
        ' * @customfunction',
        ' */',
      ].join('\n'),
    );
  });

  it('declares each entry point as a top-level function calling into the bundle', () => {
    const code = stubsFor(
      [
        { kind: 'custom', name: 'HELLO', doc },
        { kind: 'menu', name: 'openThing' },
      ],
      'Lib',
    );
    expect(code).toContain('function HELLO(who, loud) {\n  return Lib.entryPoints.HELLO(who, loud);\n}');
    expect(code).toContain('function openThing(...args) {\n  return Lib.entryPoints.openThing(...args);\n}');
  });

  it('refuses duplicate names and names that are not identifiers', () => {
    expect(() =>
      stubsFor(
        [
          { kind: 'menu', name: 'a' },
          { kind: 'menu', name: 'a' },
        ],
        'Lib',
      ),
    ).toThrow('listed twice');
    expect(() => stubsFor([{ kind: 'menu', name: 'a-b' }], 'Lib')).toThrow('not a valid identifier');
  });
});
