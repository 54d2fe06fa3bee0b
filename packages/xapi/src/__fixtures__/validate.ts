import validation from '@learninglocker/xapi-validation';

type Validate = typeof validation.default;

/**
 * The xAPI validator of Learning Locker: returns its warnings, [] for a valid statement. It is
 * CommonJS with `exports.default`: Node's ESM loader hands us the exports object, vitest's
 * interop the function itself, so take whichever we got.
 */
export const validateStatement: Validate =
  typeof validation === 'function' ? (validation as unknown as Validate) : validation.default;
