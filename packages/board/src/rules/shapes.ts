import { LIMITS } from '../schema/types';

/** A value as an update writes it, seen without Yjs: a plain value, a shared type, or something else. */
export type Written =
  /** A plain JSON-like value (Yjs `ContentAny`). */
  | { kind: 'value'; value: unknown }
  /** A new `Y.Map`. */
  | { kind: 'map' }
  /** A new `Y.Text`. */
  | { kind: 'text' }
  /** Any other Yjs content (arrays, XML, embeds, formatting, binary, subdocuments, loose strings). */
  | { kind: 'other'; what: string };

/** What the schema allows in one place. */
export type Shape =
  | { kind: 'number'; min: number; max: number; integer?: boolean }
  | { kind: 'string'; minLength?: number; maxLength: number; pattern?: RegExp }
  | { kind: 'boolean' }
  | { kind: 'one-of'; values: readonly string[] }
  | { kind: 'nullable'; of: Shape }
  /** A plain object with exactly these fields, plus any of the `optional` ones. */
  | { kind: 'record'; fields: Readonly<Record<string, Shape>>; optional?: Readonly<Record<string, Shape>> }
  /** A `Y.Text` of plain characters, at most this long. */
  | { kind: 'text'; maxLength: number }
  /** A `Y.Map`; what its keys hold is described one level down. */
  | { kind: 'map' };

/** Ids chosen by clients (notes, dots, clusters): URL-safe and short, so they cannot carry a payload. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

export const idShape: Shape = { kind: 'string', maxLength: 64, pattern: ID_PATTERN };
export const colourShape: Shape = { kind: 'string', maxLength: 7, pattern: COLOUR_PATTERN };
export const coordinateShape: Shape = { kind: 'number', min: -LIMITS.coordinateRange, max: LIMITS.coordinateRange };
export const noteSizeShape: Shape = { kind: 'number', min: LIMITS.minNoteSize, max: LIMITS.maxNoteSize };
/** Milliseconds since the epoch (up to the year 275760, JavaScript's own limit). */
export const timeShape: Shape = { kind: 'number', min: 0, max: 8.64e15, integer: true };
/** Stacking order: any finite number a long session can reach. */
export const stackingShape: Shape = { kind: 'number', min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
export const booleanShape: Shape = { kind: 'boolean' };

/** True when a plain value fits `shape` (never for shared types). */
export function fitsValue(shape: Shape, value: unknown): boolean {
  switch (shape.kind) {
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= shape.min &&
        value <= shape.max &&
        (!shape.integer || Number.isInteger(value))
      );
    case 'string':
      return (
        typeof value === 'string' &&
        value.length <= shape.maxLength &&
        value.length >= (shape.minLength ?? 0) &&
        (!shape.pattern || shape.pattern.test(value))
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'one-of':
      return typeof value === 'string' && shape.values.includes(value);
    case 'nullable':
      return value === null || fitsValue(shape.of, value);
    case 'record': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const record = value as Record<string, unknown>;
      const fields = Object.keys(shape.fields);
      let present = 0;
      for (const field of fields) {
        if (!Object.prototype.hasOwnProperty.call(record, field) || !fitsValue(shape.fields[field]!, record[field])) {
          return false;
        }
        present++;
      }
      const keys = Object.keys(record);
      if (keys.length === present) return true;
      // Every other key must be a known optional field that fits.
      const optional = shape.optional;
      if (!optional) return false;
      for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(shape.fields, key)) continue;
        if (!Object.prototype.hasOwnProperty.call(optional, key) || !fitsValue(optional[key]!, record[key])) {
          return false;
        }
      }
      return true;
    }
    case 'text':
    case 'map':
      return false;
  }
}

/** True when what an update writes fits `shape`. */
export function fitsWritten(shape: Shape, written: Written): boolean {
  switch (written.kind) {
    case 'value':
      return fitsValue(shape, written.value);
    case 'map':
      return shape.kind === 'map';
    case 'text':
      return shape.kind === 'text';
    case 'other':
      return false;
  }
}
