/** Thrown by `scopeOfUpdate` when the bytes are not a decodable Yjs v1 update, or are structured in a way no Yjs encoder produces. */
export class UpdateDecodeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UpdateDecodeError';
  }
}
