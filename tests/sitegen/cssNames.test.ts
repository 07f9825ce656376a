import { describe, expect, it } from 'vitest';
import { shortCssNames } from '../../src/sitegen/cssNames';

describe('shortCssNames', () => {
  it('gives the same short name for the same file and class, in any build', () => {
    const a = shortCssNames('/repo');
    const b = shortCssNames('/repo');
    expect(a('lead', '/repo/src/routes/articleRoute.module.css')).toMatch(/^_[0-9a-z]{5}$/);
    expect(a('lead', '/repo/src/routes/articleRoute.module.css')).toBe(
      b('lead', '/repo/src/routes/articleRoute.module.css'),
    );
    // Vite may append a query to the module's id; it names the same file.
    expect(a('lead', '/repo/src/routes/articleRoute.module.css?used')).toBe(
      a('lead', '/repo/src/routes/articleRoute.module.css'),
    );
    // The checkout's location does not matter, only the path inside it.
    expect(
      shortCssNames('/elsewhere')('lead', '/elsewhere/src/routes/articleRoute.module.css'),
    ).toBe(a('lead', '/repo/src/routes/articleRoute.module.css'));
  });

  it('gives different classes and files different names', () => {
    const names = shortCssNames('/repo');
    const all = ['lead', 'title', 'header', 'actions'].flatMap((cls) =>
      ['src/routes/articleRoute.module.css', 'src/components/SummaryBox.module.css'].map((file) =>
        names(cls, `/repo/${file}`),
      ),
    );
    expect(new Set(all).size).toBe(all.length);
  });
});
