import { describe, expect, it } from 'vitest';
import { framingAllowed, parentOrigin } from '../../src/components/share/frame-policy';

const OWN = 'https://pantaubangun.example';

describe('framingAllowed', () => {
  it('always allows the app when it is not framed', () => {
    expect(framingAllowed({ framed: false }, OWN, [])).toBe(true);
  });

  it('allows our own origin and listed origins, refuses others', () => {
    const listed = ['https://bekasikab.go.id', 'https://diskominfo.bekasikab.go.id/'];
    expect(framingAllowed({ framed: true, ancestorOrigin: OWN }, OWN, [])).toBe(true);
    expect(framingAllowed({ framed: true, ancestorOrigin: 'https://bekasikab.go.id' }, OWN, listed)).toBe(
      true,
    );
    expect(
      framingAllowed({ framed: true, referrer: 'https://diskominfo.bekasikab.go.id/berita/1' }, OWN, listed),
    ).toBe(true);
    expect(framingAllowed({ framed: true, ancestorOrigin: 'https://evil.example' }, OWN, listed)).toBe(false);
    // A look-alike sub-domain or scheme is a different origin.
    expect(framingAllowed({ framed: true, ancestorOrigin: 'http://bekasikab.go.id' }, OWN, listed)).toBe(
      false,
    );
    expect(
      framingAllowed({ framed: true, ancestorOrigin: 'https://bekasikab.go.id.evil.example' }, OWN, listed),
    ).toBe(false);
  });

  it('fails closed when the parent cannot be known, unless "*" allows everyone', () => {
    expect(framingAllowed({ framed: true }, OWN, ['https://bekasikab.go.id'])).toBe(false);
    expect(framingAllowed({ framed: true, referrer: 'not a url' }, OWN, [])).toBe(false);
    expect(framingAllowed({ framed: true }, OWN, ['*'])).toBe(true);
  });

  it('prefers ancestorOrigins over a referrer the parent can choose to hide or fake', () => {
    expect(
      parentOrigin({ framed: true, ancestorOrigin: 'https://a.example', referrer: 'https://b.example/x' }),
    ).toBe('https://a.example');
    expect(parentOrigin({ framed: true, referrer: 'https://b.example/x?y' })).toBe('https://b.example');
  });
});
