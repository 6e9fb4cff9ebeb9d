import { registerServiceWorker } from '../../src/sw/register';

/** A stand-in for navigator.serviceWorker: jsdom has none. */
function fakeContainer() {
  const register = vi.fn(() => Promise.resolve({}));
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller: null, register, addEventListener: vi.fn() },
  });
  return register;
}

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

describe('registerServiceWorker', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
    Reflect.deleteProperty(document, 'readyState');
  });

  it('waits for the page to load before registering the worker', () => {
    const register = fakeContainer();
    setReadyState('interactive');
    registerServiceWorker();
    expect(register).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('registers at once when the page has loaded already', () => {
    const register = fakeContainer();
    setReadyState('complete');
    registerServiceWorker();
    expect(register).toHaveBeenCalledTimes(1);
  });
});
