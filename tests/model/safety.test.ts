import { expect } from '@open-wc/testing';
import { safeUrl, safeColor } from '../../src/model/safety.js';

describe('safeUrl', () => {
  const accepted: [string, string][] = [
    ['https://example.com/a?b=1&c=2#d', 'https://example.com/a?b=1&c=2#d'],
    ['http://example.com', 'http://example.com'],
    ['HTTPS://EXAMPLE.COM/', 'HTTPS://EXAMPLE.COM/'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['https://exa\nmple.com/', 'https://example.com/'],
    ['/images/a.png', '/images/a.png'],
    ['images/a.png', 'images/a.png'],
    ['../a.png', '../a.png'],
    ['?page=2', '?page=2'],
    ['#event=x', '#event=x'],
    ['//cdn.example.com/a.png', '//cdn.example.com/a.png'],
    ['images/a:b.png', 'images/a:b.png'],
  ];
  for (const [input, output] of accepted) {
    it(`safeUrl(${JSON.stringify(input)}) is ${JSON.stringify(output)}`, () => {
      expect(safeUrl(input)).to.equal(output);
    });
  }
  const rejected = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001 javascript:alert(1)',
    'javascript\u0000:alert(1)',
    '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'java\u200bscript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'javascript%3Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    'blob:https://example.com/uuid',
    'mailto:a@example.com',
    'http:javascript:alert(1)',
    'https://',
    '\\\\evil.example/x',
    '/\\evil.example',
    '',
    '   ',
    `https://example.com/${'a'.repeat(10_000)}`,
  ];
  for (const input of rejected) {
    it(`safeUrl(${JSON.stringify(input.slice(0, 50))}) is null`, () => {
      expect(safeUrl(input)).to.equal(null);
    });
  }
  it('safeUrl(non-string) is null', () => {
    expect([safeUrl(42), safeUrl(null), safeUrl({ toString: () => 'https://a.b' })]).to.deep.equal([null, null, null]);
  });
  it('safeUrl results resolve to http: or https: in this page', () => {
    for (const [input] of accepted) {
      expect(['http:', 'https:']).to.include(new URL(safeUrl(input) as string, 'https://page.example/dir/').protocol);
    }
  });
});

describe('safeColor', () => {
  const accepted: [string, string][] = [
    ['#c0392b', '#c0392b'],
    ['#ABC', '#abc'],
    ['#abcd', '#abcd'],
    ['#11223344', '#11223344'],
    [' red ', 'red'],
    ['RebeccaPurple', 'rebeccapurple'],
    ['transparent', 'transparent'],
    ['rgb(192, 57, 43)', 'rgb(192, 57, 43)'],
    ['rgba(192,57,43,0.5)', 'rgba(192,57,43,0.5)'],
    ['rgb(75% 20% 10% / 50%)', 'rgb(75% 20% 10% / 50%)'],
    ['hsl(120deg 50% 40%)', 'hsl(120deg 50% 40%)'],
    ['hsla(120, 50%, 40%, .3)', 'hsla(120, 50%, 40%, .3)'],
  ];
  for (const [input, output] of accepted) {
    it(`safeColor(${JSON.stringify(input)}) is ${JSON.stringify(output)}`, () => {
      expect(safeColor(input)).to.equal(output);
    });
  }
  const rejected = [
    'red; background: url(https://evil.example/x)',
    'red;',
    'url(https://evil.example/x)',
    'expression(alert(1))',
    'var(--x)',
    'rgb(var(--r), 0, 0)',
    'rgb(calc(1 + 1), 0, 0)',
    'rgb(1, 2, 3); color: red',
    'rgb(1, 2)',
    '{color:red}',
    '"red"',
    "'red'",
    'red /* x */',
    '\\72 ed',
    'r\\65 d',
    '#12345',
    '#ggg',
    'notacolor',
    'currentColor; x',
    'red\u0000',
    '</style><script>alert(1)</script>',
    '',
    `#${'a'.repeat(100)}`,
  ];
  for (const input of rejected) {
    it(`safeColor(${JSON.stringify(input)}) is null`, () => {
      expect(safeColor(input)).to.equal(null);
    });
  }
  it('safeColor results are colours the browser accepts', () => {
    for (const [input] of accepted) expect(CSS.supports('color', safeColor(input) as string), input).to.equal(true);
  });
});
