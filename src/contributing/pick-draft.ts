/**
 * The pick line `npm run new` and `npm run import` draft for a human to finish. A project's README
 * or an awesome-list says what a project is, never when to choose it over its neighbours, so no
 * tool can write this sentence; the draft starts with "TODO:", which the validator's
 * placeholder-text rule refuses, so an unfinished entry cannot be merged.
 */

/** The TODO pick line for an entry named `name`. */
export function placeholderPick(name: string): string {
  return `TODO: finish "Pick it when …" for ${name}: when to choose it over its neighbours, in our own words.`;
}
