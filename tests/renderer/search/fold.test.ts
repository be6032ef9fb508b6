import { describe, expect, it } from 'vitest';
import { foldedWords, foldText } from '../../../renderer/search/fold';

describe('foldText', () => {
  it('folds "Prüm", "PRÜM", "PRUM" and "prum" to one form', () => {
    expect(new Set(['Prüm', 'PRÜM', 'PRUM', 'prum'].map(foldText))).toEqual(new Set(['prum']));
  });

  it('folds capital letters that do not decompose like their small letters', () => {
    expect(foldText('ŁÓDŹ Łódź')).toBe('lodz lodz');
    expect(foldText('STRAẞE Straße')).toBe('strasse strasse');
    expect(foldText('ÆRØ Ærø')).toBe('aero aero');
    expect(foldText('ĐAKOVO Đakovo')).toBe('dakovo dakovo');
  });

  it('splits folded text into words of letters and digits', () => {
    expect(foldedWords('Prüm II, (EU) 2024/982')).toEqual(['prum', 'ii', 'eu', '2024', '982']);
  });
});
