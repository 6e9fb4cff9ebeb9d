import { describe, expect, it } from 'vitest';
import {
  EMBED_DEFAULT_HEIGHT,
  embedSnippet,
  escapeAttribute,
} from '../../src/components/share/embed-snippet';

const SRC = 'https://pantaubangun.example/embed/status?kecamatan=tambun-selatan';
const SCRIPT = 'https://pantaubangun.example/embed.js';

/** Parses the snippet as a browser would, so the test checks what a host page really gets. */
function parse(snippet: string) {
  const doc = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
  return { iframes: doc.querySelectorAll('iframe'), scripts: doc.querySelectorAll('script'), doc };
}

describe('embedSnippet', () => {
  it('is a lazy iframe with a title and a default height, then our script', () => {
    const { iframes, scripts } = parse(embedSnippet({ src: SRC, title: 'Status paket', scriptSrc: SCRIPT }));
    expect(iframes).toHaveLength(1);
    const frame = iframes[0]!;
    expect(frame.getAttribute('src')).toBe(SRC);
    expect(frame.getAttribute('title')).toBe('Status paket');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('height')).toBe(String(EMBED_DEFAULT_HEIGHT));
    expect(frame.getAttribute('width')).toBe('100%');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('src')).toBe(SCRIPT);
  });

  const hostile = [
    '"><script>alert(1)</script>',
    "' onload='alert(1)",
    'Jalan "Raya" <b>Tambun</b> & Co',
    '`${alert(1)}`',
    '" onmouseover="alert(1)" x="',
    'Baris\nbaru\r\n"><img src=x onerror=alert(1)>',
  ];
  it.each(hostile)('keeps a hostile title as plain text: %s', (title) => {
    const snippet = embedSnippet({ src: SRC, title, scriptSrc: SCRIPT });
    const { iframes, scripts, doc } = parse(snippet);
    expect(iframes).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(doc.querySelectorAll('img, b')).toHaveLength(0);
    const frame = iframes[0]!;
    // Only the attributes we wrote: nothing injected through the title.
    expect(frame.getAttributeNames().sort()).toEqual(
      ['data-pantaubangun-embed', 'height', 'loading', 'src', 'style', 'title', 'width'].sort(),
    );
    expect(frame.getAttribute('title')).toBe(title.replace(/[\r\n]+/g, ' ').trim());
    expect(snippet.split('\n')).toHaveLength(2);
  });

  it('escapes hostile characters in the address too and refuses non-http addresses', () => {
    const src = 'https://pantaubangun.example/embed/status?q=%22%3E%3Cscript%3E&x="><b>';
    const { iframes, doc } = parse(embedSnippet({ src, title: 't', scriptSrc: SCRIPT }));
    expect(doc.querySelectorAll('b')).toHaveLength(0);
    expect(iframes[0]!.getAttribute('src')).toBe(new URL(src).href);
    expect(() => embedSnippet({ src: 'javascript:alert(1)', title: 't', scriptSrc: SCRIPT })).toThrow();
    expect(() =>
      embedSnippet({ src: SRC, title: 't', scriptSrc: 'data:text/javascript,alert(1)' }),
    ).toThrow();
  });

  it('keeps the height within sensible bounds', () => {
    const height = (h: number) =>
      parse(embedSnippet({ src: SRC, title: 't', scriptSrc: SCRIPT, height: h })).iframes[0]!.getAttribute(
        'height',
      );
    expect(height(720)).toBe('720');
    expect(height(10)).toBe('200');
    expect(height(1e9)).toBe('4000');
    expect(height(Number.NaN)).toBe(String(EMBED_DEFAULT_HEIGHT));
  });

  it('escapeAttribute replaces every character that can end or open markup', () => {
    expect(escapeAttribute(`a&b"c'd<e>f\`g`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f&#96;g');
  });
});
