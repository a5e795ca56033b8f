import { NOTE_COLORS } from '@notevote/board';

/*
 * Who this device is, without an account: a random secret kept on the device. Everything public about the person on a
 * board (their user id, the author tags of their notes on an anonymous board) is derived from it and the board's id
 * by @notevote/board (`deriveBoardIdentity`), so nobody can act as them without it, and two boards cannot be linked.
 */

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

/**
 * What this app stores as a secret: base64url, long enough. Anything else in storage was not written by it, and
 * could not be presented in the Sec-WebSocket-Protocol header, so it is replaced.
 */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{16,}$/;

/** This device's secret, created on first use. It never leaves the device except to the relay it connects to. */
export function loadDeviceSecret(storage: Storage = localStorage): string {
  let secret = storage.getItem(SECRET_KEY);
  if (!secret || !SECRET_PATTERN.test(secret)) {
    secret = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
    storage.setItem(SECRET_KEY, secret);
  }
  return secret;
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
