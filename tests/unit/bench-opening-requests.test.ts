import { describe, expect, it } from 'vitest';
import { openingRequests, type DataRequest } from '../bench/data-requests';

const file = '/data/sdabmbk-2023/proyek/p-1.json';
const page = (path: string, viaServiceWorker = false): DataRequest => ({
  path,
  status: 200,
  bytes: 2100,
  by: 'page',
  viaServiceWorker,
});
const worker = (path: string): DataRequest => ({ ...page(path), by: 'service worker' });

describe('the bench’s count of the requests that open a project page', () => {
  it('sets apart a second read of the same file that the service worker fetched for its copy', () => {
    const { opening, offlineCopies } = openingRequests([page(file), page(file, true), worker(file)]);
    expect(opening).toEqual([page(file)]);
    expect(offlineCopies).toBe(1);
  });

  it('still counts a file the page itself reads twice, and every other file', () => {
    const twice = openingRequests([page(file), page(file)]);
    expect(twice.opening).toHaveLength(2);
    expect(twice.offlineCopies).toBe(0);
    const other = openingRequests([page(file), page('/data/sdabmbk-2023/index.json'), worker(file)]);
    expect(other.opening).toHaveLength(2);
  });
});
