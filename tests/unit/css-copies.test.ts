import { copiedRuleConflicts } from '../quality/css-copies';

describe('copiedRuleConflicts', () => {
  it('accepts copies that no other rule overrides', () => {
    expect(
      copiedRuleConflicts({
        'a.css': '.chip{color:red;padding:0}.a{margin:0}',
        'b.css': '.chip{color:red;padding:0}.b{margin:1px}',
        // Same selector, other properties: which loads last changes nothing.
        'c.css': '.chip{border:0}.wrap .chip{color:blue}',
      }),
    ).toEqual([]);
  });

  it('names a rule elsewhere that sets a copied property on the same selector', () => {
    expect(
      copiedRuleConflicts({
        'a.css': '.chip{color:red}',
        'b.css': '.chip{color:red}',
        'page.css': '.chip{color:blue;margin:0}',
      }),
    ).toEqual(['.chip { color }: page.css against the copies in a.css, b.css']);
  });

  it('compares rules inside the same @media only, and skips keyframes and quoted braces', () => {
    const copy = '@media (min-width:40rem){.chip{color:red}}';
    expect(
      copiedRuleConflicts({
        'a.css': copy,
        'b.css': copy,
        'c.css': '.chip{color:blue}@keyframes spin{to{color:blue}}.q::after{content:"}{"}',
      }),
    ).toEqual([]);
    expect(
      copiedRuleConflicts({
        'a.css': copy,
        'b.css': copy,
        'c.css': '@media (min-width:40rem){.chip{color:blue}}',
      }),
    ).toEqual(['@media (min-width:40rem) .chip { color }: c.css against the copies in a.css, b.css']);
  });
});
