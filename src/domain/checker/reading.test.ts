import { describe, expect, it } from 'vitest';
import { readingOf } from './reading';

describe('how the checker read a text', () => {
  it('marks a Cyrillic look-alike inside a Latin word as mixed scripts, with what it was read as', () => {
    const text = 'Genuine R\u043elex watch';
    const { spans, folded } = readingOf(text);
    expect(folded).toContain('rolex');
    expect(spans).toEqual([{ start: 8, end: 13, read: 'rolex', why: 'mixed scripts' }]);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('R\u043elex');
  });

  it('marks digits standing for letters, but not model numbers or sizes', () => {
    const { spans } = readingOf('Rep1ica bag 40mm iPhone15');
    expect(spans.map((s) => [s.read, s.why])).toEqual([['rep[i/l]ica', 'digits or symbols read as letters']]);
  });

  it('leaves honest text, accents and Russian words alone', () => {
    expect(readingOf('Café crème, чайник электрический, Scunthorpe mug').spans).toEqual([]);
  });

  it('marks full-width letters as look-alikes', () => {
    const { spans } = readingOf('\uFF52\uFF45\uFF50\uFF4C\uFF49\uFF43\uFF41 watch');
    expect(spans[0]).toMatchObject({ read: 'replica' });
  });
});
