import { USER_ID_LENGTH, type Decider, type Person, type UserId } from '@notevote/board';

/*
 * Naming deciders, as pure functions: who the facilitator can pick, and the decider code. A decider is named by user
 * id (the rules let only that person accept). On a named board the people list has everyone's id; on an anonymous
 * board nothing anyone receives carries one, so a person who agrees to decide reads the facilitator their own id,
 * shown as a "decider code" in their People panel, and the facilitator types it.
 */

/** Someone the facilitator may name: their user id, the name to suggest, and whether it is the facilitator. */
export interface DeciderCandidate {
  userId: UserId;
  name: string;
  self: boolean;
}

/**
 * Who may be named, in the order the picker lists them: the facilitator first, then people online, then the others,
 * each group by name; nobody already named. On an anonymous board only the facilitator (the others by code), with
 * no name to suggest.
 */
export function deciderCandidates({
  people,
  online,
  deciders,
  me,
  anonymous,
}: {
  people: ReadonlyMap<UserId, Pick<Person, 'name'>>;
  online: ReadonlySet<UserId>;
  deciders: ReadonlyMap<UserId, Decider>;
  me: UserId | null;
  anonymous: boolean;
}): DeciderCandidate[] {
  if (anonymous) return me !== null && !deciders.has(me) ? [{ userId: me, name: '', self: true }] : [];
  const rank = (userId: UserId) => (userId === me ? 0 : online.has(userId) ? 1 : 2);
  return [...people]
    .filter(([userId]) => !deciders.has(userId))
    .map(([userId, person]) => ({ userId, name: person.name, self: userId === me }))
    .sort((a, b) => rank(a.userId) - rank(b.userId) || a.name.localeCompare(b.name));
}

const CODE_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${USER_ID_LENGTH}}$`);
const GROUP = 4;

/** A decider id (`deciderIdFor`) as a decider code, in groups of four so it can be read out ("AbCd EfGh …"). */
export function formatDeciderCode(userId: UserId): string {
  const groups: string[] = [];
  for (let i = 0; i < userId.length; i += GROUP) groups.push(userId.slice(i, i + GROUP));
  return groups.join(' ');
}

/** The user id a typed decider code stands for (spaces between groups allowed: `-` is one of its characters), or null. */
export function readDeciderCode(typed: string): UserId | null {
  const code = typed.replace(/\s+/g, '');
  return CODE_PATTERN.test(code) ? code : null;
}
