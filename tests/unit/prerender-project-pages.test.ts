import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { carriedDocument, styleRules, stylesToAttributes } from '../../tools/vite/prerender';

describe('a project page that carries its own file', () => {
  it('keeps hostile text inert: nothing in the data can close the script element', () => {
    const file = JSON.stringify({ title: '</script><script>alert(1)</script><!--', n: 1 });
    const html = `<head>${carriedDocument('/data/x/proyek/a"b.json', file)}</head>`;
    const dom = new JSDOM(html);
    const scripts = dom.window.document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.type).toBe('application/json');
    expect(scripts[0]!.dataset.document).toBe('/data/x/proyek/a"b.json');
    // The same document comes back out, byte for byte in meaning.
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual(JSON.parse(file));
  });
});

describe('inline sizes in a first screen', () => {
  it('become data attributes with one stylesheet rule each (the policy forbids style attributes)', () => {
    const styles = new Map<string, number>();
    const html = stylesToAttributes(
      '<div class="a" style="height:392px"></div><div style="width:100%;height:332px;min-width:0"></div><p style="height:392px"></p>',
      styles,
    );
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toBe(
      '<div class="a" data-pb-style="0"></div><div data-pb-style="1"></div><p data-pb-style="0"></p>',
    );
    expect(styleRules(styles)).toBe(
      "[data-pb-style='0']{height:392px}\n[data-pb-style='1']{width:100%;height:332px;min-width:0}",
    );
  });

  it('refuses any style that is not a plain layout value', () => {
    for (const style of [
      'background:url(x)',
      'color:red',
      'width:expression(alert(1))',
      'height:1px;top:calc(1px)',
    ])
      expect(() => stylesToAttributes(`<i style="${style}"></i>`, new Map())).toThrow(/style attribute/);
  });
});
