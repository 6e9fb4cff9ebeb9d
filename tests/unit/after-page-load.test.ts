import { afterPageLoad } from '../../src/lib/after-page-load';

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

describe('afterPageLoad', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'readyState');
  });

  it('waits for the load event, and runs once', () => {
    const run = vi.fn();
    setReadyState('interactive');
    afterPageLoad(run);
    expect(run).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    window.dispatchEvent(new Event('load'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the page has loaded already', () => {
    const run = vi.fn();
    setReadyState('complete');
    afterPageLoad(run);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
