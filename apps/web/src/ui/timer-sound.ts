/*
 * The optional tone at zero: off by default, a per-device choice kept in localStorage, a short chime generated with
 * WebAudio (no audio file, nothing fetched). Browsers let a page make sound only after a person interacted with it,
 * so the audio context is created or resumed from a gesture (turning the sound on, or the first tap or key press on a
 * page that opened with the sound already on); if the browser still refuses, nothing plays and nothing breaks.
 */

const STORAGE_KEY = 'notevote.timerSound';

type Listener = () => void;
const listeners = new Set<Listener>();

let wanted = readPreference();
let context: AudioContext | null = null;

function readPreference(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false; // storage disabled: the sound stays off
  }
}

function audioContextClass(): typeof AudioContext | null {
  if (typeof window === 'undefined') return null;
  const legacy = (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  return window.AudioContext ?? legacy ?? null;
}

/** Whether this browser can make the tone at all (the toggle is hidden otherwise). */
export function soundSupported(): boolean {
  return audioContextClass() !== null;
}

/** Whether this device wants the tone at zero. */
export function soundWanted(): boolean {
  return wanted;
}

/** Notified when the choice changes (several toggles on one page stay in step). */
export function subscribeSound(listener: Listener): () => void {
  listenForFirstGesture();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Creates or resumes the audio context. Call it from a gesture (a click or a key press): only then may it start.
 * Resolves whether sound can play now.
 */
export async function unlockSound(): Promise<boolean> {
  const AudioContextClass = audioContextClass();
  if (!AudioContextClass) return false;
  try {
    context ??= new AudioContextClass();
    if (context.state === 'suspended') await context.resume();
    return context.state === 'running';
  } catch {
    return false;
  }
}

/** Turns the tone on or off on this device (call it from the toggle's click: turning it on unlocks the audio). */
export async function setSoundWanted(on: boolean): Promise<boolean> {
  const playable = on ? await unlockSound() : true;
  wanted = on && playable;
  try {
    localStorage.setItem(STORAGE_KEY, wanted ? 'on' : 'off');
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
  for (const listener of listeners) listener();
  return playable;
}

let listeningForGesture = false;

/** A page that opens with the sound on gets its audio unlocked by the first tap, click or key press. */
function listenForFirstGesture(): void {
  if (listeningForGesture || typeof window === 'undefined') return;
  listeningForGesture = true;
  const unlock = () => {
    if (wanted) void unlockSound();
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
}

/** Plays the chime (two soft notes, half a second) if this device wants it and the browser lets the page sound. */
export function playTimeUp(): void {
  if (!wanted || !context) return;
  const audio = context;
  const play = () => {
    const start = audio.currentTime + 0.02;
    for (const [index, frequency] of [880, 660].entries()) {
      const at = start + index * 0.25;
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      // A quick fade in and out: no click at either end.
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.22);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.25);
    }
  };
  if (audio.state === 'running') play();
  else audio.resume().then(play, () => undefined);
}
