/**
 * Shared by the service worker and the page: the page reads the data cache to say when the data
 * was last fetched from the server ("Data diperbarui …"), which is what an offline deck must admit.
 */
export const CACHE_PREFIX = 'pantaubangun';
/** Runtime copies of config.json, the data package and the boundaries (network first). */
export const DATA_CACHE = `${CACHE_PREFIX}-data-v1`;
/** Set by the worker on every copy it stores: ISO time the network answered. */
export const FETCHED_AT_HEADER = 'x-pantaubangun-fetched-at';
