import { REFUSALS, type RefusalCode } from '@notevote/board';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';

/** Something a connection sent that the rules or the limits refuse; `code` is what the client is told. */
export class Refusal extends Error {
  override readonly name = 'Refusal';

  constructor(readonly code: RefusalCode) {
    super(REFUSALS[code]);
  }
}

/** The WebSocket close code for a refusal: 44xx, so the stock client stops resending what will be refused again. */
export function closeCodeFor(code: RefusalCode): CloseCodeValue {
  if (code === 'board-full') return CloseCode.tooLarge;
  if (code === 'malformed-message') return CloseCode.malformedMessage;
  return CloseCode.forbidden;
}
