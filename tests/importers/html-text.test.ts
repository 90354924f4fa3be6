import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/importers/html-text.js';

describe('htmlToText', () => {
  it('htmlToText("plain & simple") keeps the text and reports no markup', () => {
    expect(htmlToText('plain & simple')).to.deep.equal({ text: 'plain & simple', markup: false, links: [] });
  });

  it('htmlToText("<p>Hello <b>world</b> &amp; more</p>") drops the tags and decodes the reference', () => {
    expect(htmlToText('<p>Hello <b>world</b> &amp; more</p>')).to.deep.equal({ text: 'Hello world & more', markup: true, links: [] });
  });

  it('block elements and <br> become line breaks; runs of spaces collapse', () => {
    expect(htmlToText('<h2>One</h2>\n\n  <p>Two   words</p><ul><li>a</li><li>b</li></ul>x<br/>y').text).to.equal('One\nTwo words\na\nb\nx\ny');
  });

  it('the content of script, style and comments is dropped, never shown', () => {
    const out = htmlToText('a<script>alert("<b>x</b>")</script>b<style>p{color:red}</style>c<!-- hidden <p> -->d<SCRIPT src=x></SCRIPT >e');
    expect(out.text).to.equal('abcde');
    expect(out.markup).to.equal(true);
  });

  it('text after a dropped element is kept when letters before it change length in lower case (İ)', () => {
    expect(htmlToText('İİİİİİİİİİİİ<script>x</script>Hello world, here is more text. <b>bold</b> end').text).to.equal(
      'İİİİİİİİİİİİHello world, here is more text. bold end',
    );
    expect(htmlToText('<svg><p>x</p></SVG>a<style>b</styles></style>c').text).to.equal('ac');
  });

  it('numeric and named references decode; unknown ones stay as written; invalid code points become U+FFFD', () => {
    expect(htmlToText('&#8220;Hi&#x201D; &mdash; caf&eacute; &nosuch; &#0; &#xD800; 5 &lt; 6').text).to.equal('\u201cHi\u201d \u2014 caf&eacute; &nosuch; \ufffd \ufffd 5 < 6');
  });

  it('a "<" that opens no tag is text: "1 < 2 and 3 <= 4"', () => {
    expect(htmlToText('1 < 2 and 3 <= 4')).to.deep.equal({ text: '1 < 2 and 3 <= 4', markup: false, links: [] });
  });

  it('collects links with their text; quoted ">" inside attributes does not end the tag', () => {
    const out = htmlToText('See <a title="a > b" href="https://example.org/x?a=1&amp;b=2">the <i>report</i></a> and <a href=\'/local\'>this</a>.');
    expect(out.text).to.equal('See the report and this.');
    expect(out.links).to.deep.equal([
      { text: 'the report', href: 'https://example.org/x?a=1&b=2' },
      { text: 'this', href: '/local' },
    ]);
  });

  it('unterminated markup does not throw: "<p>open <a href=\\"x" and "<!-- never closed"', () => {
    expect(htmlToText('<p>open <a href="x').text).to.equal('open');
    expect(htmlToText('text <!-- never closed').text).to.equal('text');
    expect(htmlToText('<b').text).to.equal('');
  });

  it('images and iframes leave no text behind', () => {
    expect(htmlToText('A<img src="x.png" alt="pic">B<iframe src="https://evil.example"><p>fallback</p></iframe>C').text).to.equal('ABC');
  });
});
