// detectLanguage keeps its recent answers: asking again gives the same answer,
// including after many other texts have pushed the first out.
import { describe, expect, it } from '@jest/globals';
import { detectLanguage } from '../src/i18n/detectLanguage.js';

const SAMPLES: [string, string | null][] = [
  ['How far is the Center from the airport?', 'en'],
  ['Quanto tempo leva do aeroporto até o Centro?', 'pt'],
  ['Berapa jauh pusat dari bandara?', 'id'],
  ['Hoe ver is die sentrum van die lughawe?', 'af'],
  ['Как добраться до центра из аэропорта?', 'ru'],
  ['ok', null],
];

describe('detectLanguage asked again', () => {
  it('gives the same answer the second and third time', () => {
    for (const [text, language] of SAMPLES) for (let i = 0; i < 3; i += 1) expect(detectLanguage(text)).toBe(language);
  });

  it('gives the same answer after a thousand other texts, and for a long text each time', () => {
    for (let i = 0; i < 1200; i += 1) detectLanguage(`Message number ${i} about the port and its ships`);
    for (const [text, language] of SAMPLES) expect(detectLanguage(text)).toBe(language);
    const long = `${'How far is the Center from the airport? '.repeat(20)}`;
    expect(detectLanguage(long)).toBe('en');
    expect(detectLanguage(long)).toBe('en');
  });
});
