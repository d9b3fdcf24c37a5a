/**
 * The checks for everything read back from storage or from an import file: nothing that comes back is
 * trusted. Every parser builds on these, so a rule (a length, a URL scheme) is stated once.
 *
 * Guards (`isX`) answer yes or no; field parsers (`FieldParser`) also return the clean value, and
 * `parseFields` reads a whole object with them, field by field.
 */

import { isSameSite } from '../core';

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** A string of at most `max` UTF-16 units. */
export function isStringUpTo(max: number) {
  return (value: unknown): value is string => typeof value === 'string' && value.length <= max;
}

/** A finite number, zero or more: counts and sizes. */
export function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** How far ahead of this computer's clock a saved time may be: clocks differ by hours, not by a year. */
export const MAX_FUTURE_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * Epoch milliseconds a `Date` can hold and format (`new Date(9e15)` is an invalid date, and formatting it
 * throws), from 1970 to a little past now: what a record saved by this extension can carry.
 */
export function isTime(value: unknown, now: number = Date.now()): value is number {
  return isNonNegativeNumber(value) && value <= now + MAX_FUTURE_MS && !Number.isNaN(new Date(value).getTime());
}

export function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}

/** One of `allowed` (compared with `===`). */
export function isOneOf<T>(allowed: readonly T[]) {
  return (value: unknown): value is T => allowed.includes(value as T);
}

/** `check`, or null. */
export function orNull<T>(check: (value: unknown) => value is T) {
  return (value: unknown): value is T | null => value === null || check(value);
}

/** Longest address any record or handoff keeps; longer ones did not come from a page we read. */
export const MAX_URL_LENGTH = 8192;

/** An absolute URL with one of these schemes (e.g. `['http:', 'https:']`), at most MAX_URL_LENGTH long. */
export function isUrlWithScheme(schemes: readonly string[]) {
  return (value: unknown): value is string => {
    if (typeof value !== 'string' || value === '' || value.length > MAX_URL_LENGTH) return false;
    try {
      return schemes.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  };
}

/** Addresses an article may be kept, linked or handed over under: web pages only (never `file:`, `javascript:`…). */
export const isArticleUrl = isUrlWithScheme(['http:', 'https:']);
/** Images the popup, reader and history may load: web addresses only. */
export const isImageUrl = isUrlWithScheme(['http:', 'https:']);

/**
 * Whether the address an article was read at (`url`) belongs to the site its key names (`key`, the canonical
 * URL): the same rule that chose the key. A record filed under one site and linking to another lies.
 */
export function urlsAgree(key: string, url: string): boolean {
  try {
    return isSameSite(new URL(key), new URL(url));
  } catch {
    return false;
  }
}

/**
 * The fields every stored reference to an article carries (a reaction record, a kept entry): the canonical key,
 * the address it was read at, its title and site within `limits`, and its lead image.
 */
export function articleReferenceFields(limits: { title: number; site: number }) {
  return {
    key: field(isArticleUrl),
    url: field(isArticleUrl),
    title: field(isStringUpTo(limits.title)),
    site: field(orNull(isStringUpTo(limits.site))),
    leadImage: field(orNull(isImageUrl)),
  };
}

/** Longest page text (title, byline, site name) any view shows; past it the text ends in an ellipsis. */
export const TEXT_LIMITS = { title: 300, byline: 200, siteName: 200 } as const;

export const ELLIPSIS = '…';

/** `text` cut to at most `max` UTF-16 units, ending with a visible ellipsis when it was cut (never mid-pair). */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/** What a field parser returns for a value it refuses. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** Reads one field of an untrusted object: its clean value (a copy where it is not a primitive), or INVALID. */
export type FieldParser<V> = (value: unknown) => V | Invalid;

/** A string field, capped at `max` with an ellipsis (page text: too long is shown shorter, not refused). */
export function cappedString(max: number): FieldParser<string> {
  return (value) => (typeof value === 'string' ? capText(value, max) : INVALID);
}

/** A field parser from a guard: the value itself when the guard accepts it. */
export function field<V>(check: (value: unknown) => value is V): FieldParser<V> {
  return (value) => (check(value) ? value : INVALID);
}

/** A field that older writers left out: `fallback` when it is missing, else parsed by `parse`. */
export function optional<V>(parse: FieldParser<V>, fallback: V): FieldParser<V> {
  return (value) => (value === undefined ? fallback : parse(value));
}

export type FieldParsers<T> = { readonly [K in keyof T]-?: FieldParser<T[K]> };

/** Exactly `expected` (the tag of a tagged union, say). */
export function literal<const V extends string | number | boolean>(expected: V): FieldParser<V> {
  return (value) => (value === expected ? expected : INVALID);
}

/** `parse`, or null. */
export function nullable<V>(parse: FieldParser<V>): FieldParser<V | null> {
  return (value) => (value === null ? null : parse(value));
}

/** An array whose every item `parse` accepts: a new array of the clean items. */
export function arrayOf<V>(parse: FieldParser<V>): FieldParser<V[]> {
  return (value) => {
    if (!Array.isArray(value)) return INVALID;
    const items: V[] = [];
    for (const item of value) {
      const parsed = parse(item);
      if (parsed === INVALID) return INVALID;
      items.push(parsed);
    }
    return items;
  };
}

/** A nested object, read with its own field parsers. */
export function objectOf<T>(parsers: FieldParsers<T>): FieldParser<T> {
  return (value) => {
    if (!isPlainObject(value)) return INVALID;
    const parsed = parseFields(value, parsers);
    return 'value' in parsed ? parsed.value : INVALID;
  };
}

/** One shape per value of the `kind` field (a tagged union): the shape its kind names reads it. */
export function variantOf<T extends { kind: string }>(shapes: { readonly [K in T['kind']]: FieldParsers<Extract<T, { kind: K }>> }): FieldParser<T> {
  return (value) => {
    if (!isPlainObject(value) || typeof value.kind !== 'string' || !Object.hasOwn(shapes, value.kind)) return INVALID;
    return objectOf(shapes[value.kind as T['kind']] as FieldParsers<T>)(value);
  };
}

export type FieldsResult<T> = { value: T } | { field: keyof T & string };

/**
 * Reads the fields of `object` in the order `parsers` lists them: a new object with exactly those fields,
 * or the name of the first one that is wrong.
 */
export function parseFields<T>(object: PlainObject, parsers: FieldParsers<T>): FieldsResult<T> {
  const value: Partial<Record<keyof T, unknown>> = {};
  for (const name of Object.keys(parsers) as (keyof T & string)[]) {
    const parsed = parsers[name](object[name]);
    if (parsed === INVALID) return { field: name };
    value[name] = parsed;
  }
  return { value: value as T };
}

/**
 * Like `parseFields`, but a missing or wrong field takes its default and the others are kept (settings: one
 * bad value must not reset the rest). `field` names the first wrong one, if any; a missing one is not wrong.
 */
export function parseFieldsOrDefaults<T>(object: PlainObject, parsers: FieldParsers<T>, defaults: T): { value: T; field?: keyof T & string } {
  const value = { ...defaults };
  let wrong: (keyof T & string) | undefined;
  for (const name of Object.keys(parsers) as (keyof T & string)[]) {
    if (object[name] === undefined) continue;
    const parsed = parsers[name](object[name]);
    if (parsed === INVALID) wrong ??= name;
    else value[name] = parsed;
  }
  return wrong ? { value, field: wrong } : { value };
}
