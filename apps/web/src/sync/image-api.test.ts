import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, checkBeforeUpload, looksLikePicture, readUploadAnswer } from './image-api';

const REF = 'Zm9vYmFyYmF6cXV4MTIzND';

describe('readUploadAnswer', () => {
  it('reads the stored picture from a 201', () => {
    const body = JSON.stringify({ ref: REF, width: 4000, height: 3000, orientation: 6, type: 'jpeg' });
    expect(readUploadAnswer(201, body)).toEqual({
      ok: true,
      image: { ref: REF, width: 4000, height: 3000, orientation: 6 },
    });
  });

  it('reads a missing or odd orientation as upright, and refuses an answer the board would refuse', () => {
    expect(readUploadAnswer(201, JSON.stringify({ ref: REF, width: 10, height: 10 }))).toMatchObject({
      ok: true,
      image: { orientation: 1 },
    });
    for (const bad of [
      { ref: 'short', width: 10, height: 10 },
      { ref: REF, width: 0, height: 10 },
      { ref: REF, width: 10, height: 9000 },
      { ref: REF, width: 1.5, height: 10 },
      null,
    ]) {
      expect(readUploadAnswer(201, JSON.stringify(bad))).toEqual({ ok: false, problem: 'failed' });
    }
    expect(readUploadAnswer(201, '<html>')).toEqual({ ok: false, problem: 'failed' });
  });

  it('gives the relay’s refusal code, whatever the status', () => {
    for (const code of ['too-large', 'unsupported-type', 'not-an-image', 'too-many-pixels', 'corrupt']) {
      expect(readUploadAnswer(422, JSON.stringify({ error: code, message: 'English' }))).toEqual({
        ok: false,
        problem: code,
      });
    }
  });

  it('falls back on the status when the body says nothing it knows', () => {
    expect(readUploadAnswer(413, 'Request Entity Too Large')).toEqual({ ok: false, problem: 'too-large' });
    expect(readUploadAnswer(415, '')).toEqual({ ok: false, problem: 'unsupported-type' });
    expect(readUploadAnswer(429, JSON.stringify({ error: 'rate-limited' }))).toEqual({ ok: false, problem: 'busy' });
    expect(readUploadAnswer(403, '{}')).toEqual({ ok: false, problem: 'not-allowed' });
    expect(readUploadAnswer(502, 'Bad gateway')).toEqual({ ok: false, problem: 'failed' });
    expect(readUploadAnswer(0, '')).toEqual({ ok: false, problem: 'network' });
  });
});

describe('checkBeforeUpload', () => {
  it('lets pictures of the accepted kinds, and files of no known type, go to the relay', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/webp', '']) {
      expect(checkBeforeUpload({ size: 1000, type })).toBeNull();
    }
  });

  it('stops what the relay would refuse before sending it', () => {
    expect(checkBeforeUpload({ size: MAX_UPLOAD_BYTES + 1, type: 'image/jpeg' })).toBe('too-large');
    expect(checkBeforeUpload({ size: 1000, type: 'image/heic' })).toBe('unsupported-type');
    expect(checkBeforeUpload({ size: 1000, type: 'image/svg+xml' })).toBe('unsupported-type');
    expect(checkBeforeUpload({ size: 1000, type: 'application/pdf' })).toBe('not-an-image');
    expect(checkBeforeUpload({ size: 0, type: 'image/png' })).toBe('not-an-image');
  });

  it('tells pictures from other dropped files', () => {
    expect(looksLikePicture({ type: 'image/gif' })).toBe(true);
    expect(looksLikePicture({ type: '' })).toBe(true);
    expect(looksLikePicture({ type: 'text/plain' })).toBe(false);
  });
});
