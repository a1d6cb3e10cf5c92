// What `prop-types` becomes in the build (vite.config.ts aliases it here): react-cytoscapejs
// declares its props with it, and React 19 no longer reads propTypes, so the validators only cost
// bytes in the first view. Every validator is a function that accepts anything.
const accept = (): null => null;
const validator = Object.assign(accept, { isRequired: accept });
const factory = () => validator;

export default {
  any: validator,
  array: validator,
  bool: validator,
  func: validator,
  number: validator,
  object: validator,
  string: validator,
  node: validator,
  element: validator,
  symbol: validator,
  oneOfType: factory,
  oneOf: factory,
  arrayOf: factory,
  objectOf: factory,
  shape: factory,
  exact: factory,
  instanceOf: factory,
};
