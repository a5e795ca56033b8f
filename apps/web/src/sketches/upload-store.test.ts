import { describe, expect, it } from 'vitest';
import { createSketchUploads } from './upload-store';

describe('sketch uploads', () => {
  it('follows each picture from its start to its sketch, or to why it failed, until dismissed', () => {
    const store = createSketchUploads();
    const photo = store.getState().start('IMG_2041.jpg');
    const scan = store.getState().start('scan.png');
    store.getState().progress(photo, 0.4);
    store.getState().progress(scan, 7);
    expect(store.getState().uploads).toEqual([
      { id: photo, name: 'IMG_2041.jpg', progress: 0.4, problem: null },
      { id: scan, name: 'scan.png', progress: 1, problem: null },
    ]);
    store.getState().finish(photo);
    store.getState().fail(scan, 'too-large');
    expect(store.getState().uploads).toEqual([{ id: scan, name: 'scan.png', progress: 1, problem: 'too-large' }]);
    store.getState().dismiss(scan);
    expect(store.getState().uploads).toEqual([]);
  });
});
