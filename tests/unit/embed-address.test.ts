import { describe, expect, it } from 'vitest';
import { readEmbedRequest } from '../../src/embed/request';
import { embedPath, fullViewPath } from '../../src/features/embed/embed-links';

describe('an embed address', () => {
  it('reads a programme chart and its one published filter', () => {
    const request = readEmbedRequest('/embed/status', '?kategori=Jalan');
    expect(request).toMatchObject({ chart: 'status', programme: 'status', projectId: undefined });
    expect(request.published).toEqual({ param: 'kategori', value: 'jalan' });
    expect(embedPath(request.chart, request.params)).toBe('/embed/status?kategori=Jalan');
  });

  it('reads a project kurva S from the path and from ?proyek= alike, and writes the path form', () => {
    const inPath = readEmbedRequest('/sub/embed/kurva-s-proyek/pb-1.2/', '');
    const inQuery = readEmbedRequest('/sub/embed/kurva-s-proyek', '?proyek=pb-1.2');
    for (const request of [inPath, inQuery]) {
      expect(request.chart).toBe('kurva-s-proyek');
      expect(request.programme).toBeUndefined();
      expect(request.projectId).toBe('pb-1.2');
      expect(embedPath(request.chart, request.params)).toBe('/embed/kurva-s-proyek/pb-1.2');
      expect(fullViewPath(request.chart, request.params, false)).toBe('/proyek/pb-1.2');
    }
  });

  it('decodes an escaped project id once, and encodes it again in the links', () => {
    const request = readEmbedRequest('/embed/kurva-s-proyek/a%2Fb%20c', '');
    expect(request.projectId).toBe('a/b c');
    expect(embedPath(request.chart, request.params)).toBe('/embed/kurva-s-proyek/a%2Fb%20c');
    // A malformed escape stays as written rather than failing the page.
    expect(readEmbedRequest('/embed/kurva-s-proyek/%E0%A4%A', '').projectId).toBe('%E0%A4%A');
  });

  it('names only the last segment as the chart for any other path', () => {
    expect(readEmbedRequest('/embed/status/extra', '').chart).toBe('extra');
    expect(readEmbedRequest('/embed/peta', '?proyek=x').projectId).toBe('x');
  });
});
