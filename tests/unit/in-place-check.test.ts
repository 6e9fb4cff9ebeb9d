// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { inPlaceParser } from '../../src/domain/oc4ids/in-place-check';
import { packageSchema, parsePackage, parseProject, projectSchema } from '../../src/domain/oc4ids/schema';
import { FIXTURE_PACKAGES } from '../fixtures/read-fixture-packages';
import { makeProject } from '../fixtures/oc4ids-builders';

/** The fast path must give zod's own verdict and data, whatever the value. */
function expectZodsAnswer(value: unknown) {
  const fast = parseProject(value);
  const slow = z.safeParse(projectSchema, value);
  expect(fast.success).toBe(slow.success);
  if (slow.success) expect(fast.data).toEqual(slow.data);
  else expect(fast.error?.issues).toEqual(slow.error.issues);
}

const broken: [string, Record<string, unknown>][] = [
  ['a title that is a number', { title: 12 }],
  ['an amount in words', { budget: { amount: { amount: 'sepuluh miliar', currency: 'IDR' } } }],
  ['observations that are not a list', { metrics: [{ id: 'physicalProgress', observations: {} }] }],
  ['a metric without an id', { forecasts: [{ title: 'Rencana' }] }],
  ['an empty id', { id: '' }],
  ['an id that is an object', { id: { value: 7 } }],
  ['no id at all', { id: undefined }],
  ['locations that are an object', { locations: { id: 1 } }],
  ['a supplier list of text', { contractingProcesses: [{ summary: { suppliers: ['PT Contoh'] } }] }],
  ['a boolean status', { status: true }],
];

const accepted: [string, Record<string, unknown>][] = [
  ['a numeric id (read as text)', { id: 7 }],
  ['a one-character id', { id: 'A' }],
  ['an astral-plane id of one code point', { id: '\u{1F6A7}' }],
  ['nulls where fields are nullish', { title: null, budget: null, locations: null }],
  ['unknown fields, kept', { x_catatan: { bebas: [1, 'dua'] } }],
  ['any geometry (the mapping judges it)', { locations: [{ geometry: 'bukan geometri' }] }],
];

describe('the in-place schema check', () => {
  it.each(FIXTURE_PACKAGES)('gives zod’s verdict and data for every project of the %s package', (_, pkg) => {
    for (const project of (pkg as { projects: unknown[] }).projects) expectZodsAnswer(project);
  });

  it.each(broken)('leaves %s to zod, with zod’s issues', (_, change) => {
    expectZodsAnswer({ ...makeProject(), ...change });
  });

  it.each(accepted)('accepts %s as zod does', (_, change) => {
    const value = { ...makeProject(), ...change };
    expectZodsAnswer(value);
    expect(parseProject(value).success).toBe(true);
  });

  it('reads a valid project in place, copying only what a transform changes', () => {
    const project = makeProject({ id: 'P-1' });
    expect(parseProject(project).data).toBe(project);
    const numbered: Record<string, unknown> = { ...makeProject(), id: 7 };
    const read = parseProject(numbered).data!;
    expect(read).not.toBe(numbered);
    expect(read.id).toBe('7');
    expect(read.budget).toBe(numbered.budget);
    expect(numbered.id).toBe(7);
  });

  it('reads the package envelope in place and rejects what is not a package', () => {
    const pkg = FIXTURE_PACKAGES[0][1];
    expect(parsePackage(pkg).data).toBe(pkg);
    for (const value of [null, [], { projects: {} }, { projects: [], version: 9 }])
      expect(parsePackage(value).success).toBe(z.safeParse(packageSchema, value).success);
    expect(parsePackage({ projects: {} }).success).toBe(false);
  });

  it('leaves schema parts it does not know to zod', () => {
    const strict = inPlaceParser(z.object({ email: z.email(), count: z.number().check(z.minimum(1)) }));
    expect(strict({ email: 'warga@contoh.id', count: 2 }).success).toBe(true);
    expect(strict({ email: 'bukan surel', count: 2 }).success).toBe(false);
    expect(strict({ email: 'warga@contoh.id', count: 0 }).success).toBe(false);
    const strip = inPlaceParser(z.object({ name: z.string() }));
    expect(strip({ name: 'Cibitung', extra: 1 }).data).toEqual({ name: 'Cibitung' });
    const exact = inPlaceParser(z.strictObject({ name: z.string() }));
    expect(exact({ name: 'Cibitung', extra: 1 }).success).toBe(false);
  });
});
