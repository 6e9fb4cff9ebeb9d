// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/lib/config';

describe('readConfig', () => {
  it('fills the defaults a deployer may leave out and keeps unknown fields', () => {
    expect(readConfig({ dataUrl: 'data/p.json', extra: 1 })).toEqual({
      dataUrl: 'data/p.json',
      boundariesUrl: 'geo/kecamatan.geojson',
      siteUrl: undefined,
      reportWhatsApp: undefined,
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
    ['a WhatsApp number with spaces', { dataUrl: 'a', reportWhatsApp: '0812 3456 7890' }, 'reportWhatsApp'],
    ['a WhatsApp number as a number', { dataUrl: 'a', reportWhatsApp: 6281234567890 }, 'reportWhatsApp'],
    [
      'a wa.me link as the number',
      { dataUrl: 'a', reportWhatsApp: 'https://wa.me/628123' },
      'reportWhatsApp',
    ],
    ['frameAncestors as text', { dataUrl: 'a', frameAncestors: 'https://x' }, 'frameAncestors'],
    ['frameAncestors with a number', { dataUrl: 'a', frameAncestors: ['https://x', 2] }, 'frameAncestors'],
  ])('rejects %s, naming the field', (_name, json, field) => {
    expect(() => readConfig(json)).toThrow(ConfigError);
    expect(() => readConfig(json)).toThrow(field);
  });

  it('reads the Dinas WhatsApp number in international form, a leading + dropped', () => {
    expect(readConfig({ dataUrl: 'a', reportWhatsApp: '+6281234567890' }).reportWhatsApp).toBe(
      '6281234567890',
    );
    expect(readConfig({ dataUrl: 'a' }).reportWhatsApp).toBeUndefined();
  });

  it('names every wrong field at once', () => {
    expect(() => readConfig({ dataUrl: 1, siteUrl: 2 })).toThrow(/dataUrl.*; siteUrl/);
  });
});
