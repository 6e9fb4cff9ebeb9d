// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/lib/config';

describe('readConfig', () => {
  it('fills the defaults a deployer may leave out and keeps unknown fields', () => {
    expect(readConfig({ dataUrl: 'data/p.json', extra: 1 })).toEqual({
      dataUrl: 'data/p.json',
      boundariesUrl: 'geo/kecamatan.geojson',
      siteUrl: undefined,
      frameAncestors: [],
      extra: 1,
    });
  });

  it('keeps every valid field as given', () => {
    const config = {
      dataUrl: 'https://data.example/p.json',
      boundariesUrl: 'geo/k.geojson',
      siteUrl: 'https://pantau.example',
      frameAncestors: ['https://berita.example'],
    };
    expect(readConfig(config)).toEqual(config);
  });

  it.each([
    ['not an object', [1], '(root)'],
    ['null', null, '(root)'],
    ['no dataUrl', {}, 'dataUrl'],
    ['a number as dataUrl', { dataUrl: 5 }, 'dataUrl'],
    ['an empty dataUrl', { dataUrl: '' }, 'dataUrl'],
    ['an empty boundariesUrl', { dataUrl: 'a', boundariesUrl: '' }, 'boundariesUrl'],
    ['a number as siteUrl', { dataUrl: 'a', siteUrl: 1 }, 'siteUrl'],
    ['frameAncestors as text', { dataUrl: 'a', frameAncestors: 'https://x' }, 'frameAncestors'],
    ['frameAncestors with a number', { dataUrl: 'a', frameAncestors: ['https://x', 2] }, 'frameAncestors'],
  ])('rejects %s, naming the field', (_name, json, field) => {
    expect(() => readConfig(json)).toThrow(ConfigError);
    expect(() => readConfig(json)).toThrow(field);
  });

  it('names every wrong field at once', () => {
    expect(() => readConfig({ dataUrl: 1, siteUrl: 2 })).toThrow(/dataUrl.*; siteUrl/);
  });
});
