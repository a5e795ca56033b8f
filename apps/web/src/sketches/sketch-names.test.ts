import { describe, expect, it } from 'vitest';
import { listedName, sketchKind, sortedName, type SketchWords } from './sketch-names';

const words: SketchWords = { named: (description) => `Sketch: ${description}`, unnamed: 'Sketch without description' };
const image = { ref: 'AAAAAAAAAAAAAAAAAAAAAA', width: 10, height: 10, orientation: 1 };

describe('sketch names in the notes list', () => {
  it('names a sketch by its description, said to be a sketch', () => {
    expect(listedName({ text: '  A map of\nthe region ', image }, 'Untitled note', words)).toBe(
      'Sketch: A map of the region',
    );
  });

  it('says a sketch has no description rather than calling it an untitled note', () => {
    expect(listedName({ text: ' \n ', image }, 'Untitled note', words)).toBe('Sketch without description');
    expect(sketchKind({ text: '', image })).toBe('undescribed');
    expect(sketchKind({ text: 'A map', image })).toBe('described');
  });

  it('leaves notes as they were', () => {
    expect(listedName({ text: 'Open data' }, 'Untitled note', words)).toBe('Open data');
    expect(listedName({ text: '' }, 'Untitled note', words)).toBe('Untitled note');
    expect(sketchKind({ text: 'Open data' })).toBeNull();
  });

  it('cuts a long description for button names', () => {
    const name = listedName({ text: 'x'.repeat(200), image }, 'Untitled note', words, 10);
    expect(name).toBe(`Sketch: ${'x'.repeat(10)}…`);
  });

  it('sorts sketches by their names, and those without a description last with untitled notes', () => {
    expect(sortedName({ text: 'A map', image }, words)).toBe('Sketch: A map');
    expect(sortedName({ text: '', image }, words)).toBeNull();
    expect(sortedName({ text: '' }, words)).toBeNull();
    expect(sortedName({ text: 'Open data' }, words)).toBe('Open data');
  });
});
