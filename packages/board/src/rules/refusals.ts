/**
 * Why the relay refused something, as stable codes. A refused connection is closed with the code as its reason
 * (44xx close codes: the stock y-websocket client then stops reconnecting, see README); the relay logs the English
 * explanation below; the web app shows its own translation of the code. Codes never change meaning; new ones may be
 * added.
 */
export const REFUSALS = {
  // What an update may change (rules/authorize.ts).
  'read-only': 'a projector link can look at the board but not change it',
  'outside-schema': 'the update writes something that is not part of the board schema',
  'invalid-value': 'a value does not match the board schema (type, range, length or colour)',
  unresolved: 'the update depends on changes the relay never received; reload the board',
  'board-locked': 'the facilitator has locked the board; only the facilitator can change it',
  'facilitator-only': 'only the facilitator can change the board settings and title',
  'set-by-relay': 'this field is written by the relay only',
  'anonymity-fixed': 'a board can be made anonymous (or named) only before its first note or dot',
  'not-your-note': 'only the author of a note (or the facilitator) can edit its text or delete it',
  'not-your-vote': 'you can only place and take back your own dots',
  'not-your-name': 'you can only set your own name and colour',
  'anonymous-board': 'names are not stored on an anonymous board',
  'author-mismatch': "a note's author must be the person creating it, and cannot change afterwards",
  'silent-writing': 'during silent writing, new notes go to your private space until the reveal',
  'secret-voting': 'during secret voting, new dots go to your private space until the reveal',
  'private-scope': 'your private space holds only your own notes and dots',
  'note-missing': 'a dot must be placed on a note that exists (or existed)',
  'note-private': 'that note is still private to its author; vote on it after the reveal',
  'budget-exhausted': 'all your dots are placed; take one back to vote elsewhere',
  'stacking-not-allowed': 'this round allows one dot per note',
  'phase-closed': "the facilitator's current phase does not allow this; the banner at the top says what it does",
  'wrong-round': "a dot must carry the round it is cast in (the session's roundId)",
  'round-closed': 'dots of an earlier round stay as they were; only the facilitator can take one away',
  'dots-on-notes': 'in this vote, dots go on notes only',
  'dots-on-clusters': 'in this vote, dots go on clusters (named groups of notes) only',
  'not-a-cluster-vote': 'this vote is on notes, not on clusters',
  'cluster-missing': 'that cluster does not exist (any more)',
  'rating-needed': 'in an agreement vote, each choice carries a rating from strong disagreement to strong agreement',
  'not-an-agreement-vote': 'this vote is with dots, not ratings',
  'not-a-decider': 'in a supervote, only the deciders the facilitator named (and who accepted) can vote',
  'decider-consent': 'only the person named can accept being a decider, since their supervotes carry their name',
  // Limits.
  'board-full': 'the board has reached its maximum size; the facilitator can start a new one',
  // Messages and links (the relay's protocol and admission).
  'malformed-message': 'the message could not be decoded',
  'link-missing': 'the board needs a link with an access key; ask the facilitator',
  'link-invalid': 'the link is not valid for this board; ask the facilitator for a new one',
  'link-replaced': 'the facilitator replaced this link; ask for the new one',
  'device-key-missing': 'the connection did not present a device key; reload the page',
  'credentials-ambiguous':
    'credentials were given twice (in the URL and the Sec-WebSocket-Protocol header, or twice in the header); send them once, in the header',
  'subprotocol-missing': "list 'notevote' among the WebSocket subprotocols, next to the token and key",
  'no-such-board': 'there is no board with this id (it may have been deleted)',
  'board-erased': 'the facilitator deleted this board',
  'private-not-yours': "a private space opens only on its owner's device",
  'projector-has-no-private': 'a projector link has no private space; open the board itself',
  'origin-not-allowed': 'this site may not open notevote boards',
  // Transient (the client reconnects by itself).
  'too-many-connections': 'too many connections to this board or from this network; trying again later',
  'too-slow': 'the connection could not keep up; reconnecting to resync',
  'server-restarting': 'the server is restarting; reconnecting',
  'save-failed': 'the server could not save a change; reconnecting to send it again',
  'load-failed': 'the server could not load the board; reconnecting',
  idle: 'closed after a long silence; reconnecting',
} as const;

export type RefusalCode = keyof typeof REFUSALS;

/** True when `value` is one of the codes above (for readers of close reasons, which may come from anywhere). */
export function isRefusalCode(value: unknown): value is RefusalCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REFUSALS, value);
}

/** An allowed change, or why not. A refusal is data, never a throw. */
export type Verdict = { ok: true } | { ok: false; refusal: RefusalCode };

export const ALLOWED: Verdict = Object.freeze({ ok: true });

/** A refusal verdict. */
export const refuse = (refusal: RefusalCode): Verdict => ({ ok: false, refusal });
