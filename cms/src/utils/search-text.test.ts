import { describe, expect, it } from 'vitest';
import { foldForSearch } from './search-text';

describe('search folding', () => {
  it.each([
    ['Théâtre de rue', 'theatre de rue'],
    ['ÉCHECS  pour   tous', 'echecs pour tous'],
    ['L’heure du conte', "l'heure du conte"],
    ['مَسْرَحٌ لِلأَطْفَال', 'مسرح للاطفال'],
    ['إشارة آمنة أحياء', 'اشاره امنه احياء'],
    ['مستشفى', 'مستشفي'],
    ['رياضـــة', 'رياضه'],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});
