/** More relations than a reader can explore or a browser can draw smoothly. */
export const MAX_RELATIONS = 50_000;
