/** The seed of every baked layout (and, plus the run's number, of a re-run in the browser). */
export const LAYOUT_SEED = 20240216;
