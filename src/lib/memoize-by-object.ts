/**
 * Remembers `compute`'s result per object for as long as the object lives. For the immutable view
 * model: every filter and page passes the same project objects (or the same array) again.
 */
export function memoizeByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key) as V;
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}
