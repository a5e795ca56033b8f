import { NOTE_COLORS, USER_ID_DOMAIN, USER_ID_LENGTH } from '@notevote/board';

/**
 * Who this device is, without an account. A random secret stays on the device; the user id is derived from it
 * (SHA-256), so nobody can claim this user's id without the secret. The relay will bind connections to it.
 */
export interface DeviceIdentity {
  secret: string;
  userId: string;
}

const SECRET_KEY = 'notevote.deviceSecret';
const NAME_KEY = 'notevote.displayName';
const COLOR_KEY = 'notevote.color';

/** Colours for people (cursors, dots): distinct on a white board and on yellow notes. */
export const PERSON_COLORS = ['#e5484d', '#3b82f6', '#16a34a', '#d97706', '#9333ea', '#0891b2', '#db2777', '#4f46e5'];

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Derives the public user id from the device secret. */
export async function userIdFromSecret(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(USER_ID_DOMAIN + secret));
  return toBase64Url(new Uint8Array(digest)).slice(0, USER_ID_LENGTH);
}

/**
 * What this app stores as a secret: base64url, long enough. Anything else in storage was not written by it, and
 * could not be presented in the Sec-WebSocket-Protocol header, so it is replaced.
 */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{16,}$/;

/** Loads this device's identity, creating the secret on first use. */
export async function loadIdentity(storage: Storage = localStorage): Promise<DeviceIdentity> {
  let secret = storage.getItem(SECRET_KEY);
  if (!secret || !SECRET_PATTERN.test(secret)) {
    secret = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
    storage.setItem(SECRET_KEY, secret);
  }
  return { secret, userId: await userIdFromSecret(secret) };
}

/** The display name remembered on this device, or null on a first visit. */
export function rememberedName(storage: Storage = localStorage): string | null {
  return storage.getItem(NAME_KEY);
}

/** Remembers the display name on this device. */
export function rememberName(name: string, storage: Storage = localStorage): void {
  storage.setItem(NAME_KEY, name);
}

/** This device's colour, picked once at random from the palette and then kept. */
export function deviceColor(storage: Storage = localStorage): string {
  const stored = storage.getItem(COLOR_KEY);
  if (stored && PERSON_COLORS.includes(stored)) return stored;
  const color = PERSON_COLORS[Math.floor(Math.random() * PERSON_COLORS.length)] ?? PERSON_COLORS[0]!;
  storage.setItem(COLOR_KEY, color);
  return color;
}

export { NOTE_COLORS };
