// OpenCC's dictionaries, one module each: a string of "from to|from to|…" entries.
declare module "opencc-js/dict/*" {
  const table: string;
  export default table;
}
