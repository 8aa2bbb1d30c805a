/**
 * zod's tests of what an object is, shared by the zod schema (`schema.ts`)
 * and the core's shape check (`shape.ts`), which must agree with it.
 *
 * @module
 */

/** zod's test of an object: not null, not an array. @internal */
export const isObject = (o: unknown): o is object => typeof o === 'object' && o !== null && !Array.isArray(o);

/** zod's test of a record's input: an object whose constructor, if any, is a plain function with a prototype. @internal */
export function isPlainObject(o: unknown): boolean {
  if (!isObject(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}
