/**
 * Values worked out once per object (a table's index, a ledger's claim analysis) and kept on the
 * object itself, so that they die with it.
 *
 * Not a module-level WeakMap: V8's scavenger keeps a WeakMap's young entries alive until a full
 * collection, so every unit's tables and their indexes would survive to the old generation (a
 * fifth of all that a batch allocated, and most of its garbage-collection time). The value sits
 * under a symbol, not enumerable: JSON, structuredClone, object spread and Object.keys leave it out.
 */
export function perObject<O extends object, T>(name: string, compute: (target: O) => T): (target: O) => T {
  const slot = Symbol(name);
  /** For objects that cannot take a property (frozen by a library caller): the WeakMap after all. */
  const sealed = new WeakMap<O, T>();
  return (target: O): T => {
    const held = target as { [slot]?: T };
    if (slot in held) return held[slot] as T;
    if (sealed.has(target)) return sealed.get(target) as T;
    const value = compute(target);
    if (Object.isExtensible(target)) Object.defineProperty(target, slot, { value, configurable: true });
    else sealed.set(target, value);
    return value;
  };
}
