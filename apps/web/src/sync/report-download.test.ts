import { describe, expect, it } from 'vitest';
import { attachmentName, safeFileName, titleForFileName } from './report-download';

describe('attachmentName', () => {
  it('prefers the UTF-8 name, then the plain one, then a fallback', () => {
    const both = `attachment; filename="Agua-report.md"; filename*=UTF-8''${encodeURIComponent('Água-report.md')}`;
    expect(attachmentName(both, 'md')).toBe('Água-report.md');
    expect(attachmentName('attachment; filename="Agua-report.csv"', 'csv')).toBe('Agua-report.csv');
    expect(attachmentName(`attachment; filename*=UTF-8''%E0%A4%A`, 'md')).toBe('report.md');
    expect(attachmentName(null, 'csv')).toBe('report.csv');
  });

  it('never lets a name leave the downloads folder', () => {
    expect(attachmentName(`attachment; filename*=UTF-8''${encodeURIComponent('../../etc/passwd')}`, 'md')).toBe(
      'etc-passwd',
    );
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\u0000k')).toBe('a-b-c-d-e-f-g-h-i-j-k');
    expect(safeFileName('...')).toBe('');
  });
});

describe('titleForFileName', () => {
  it('keeps the words of the title, joined by dashes', () => {
    expect(titleForFileName('Clean water: <Nairobi> sprint')).toBe('Clean-water-Nairobi-sprint');
    expect(titleForFileName('Água & saneamento')).toBe('Água-&-saneamento');
    expect(titleForFileName('  ')).toBe('board');
  });
});
