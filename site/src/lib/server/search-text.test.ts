import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from './search-text';

const body = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8').replace(/^\/\*\*[\s\S]*?\*\/\n/, '');

describe('search folding', () => {
  it.each([
    ['Théâtre de rue', 'theatre de rue'],
    ['ÉCHECS  pour   tous', 'echecs pour tous'],
    ['L’heure du conte', "l'heure du conte"],
    ['مَسْرَحٌ لِلأَطْفَال', 'مسرح للاطفال'],
    ['إشارة آمنة أحياء', 'اشاره امنه احياء'],
    ['المكتبة العمومية', 'المكتبه العموميه'],
    ['مستشفى', 'مستشفي'],
    ['رياضـــة', 'رياضة'.replace('ة', 'ه')],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it('folds exactly as the CMS does (the two copies are identical)', () => {
    expect(body('./search-text.ts')).toBe(body('../../../../cms/src/utils/search-text.ts'));
  });
});
