/**
 * The one place pages get their data: loads the collections and stores once per build and
 * memoises the view model, so 700 entry pages do not rebuild it 700 times.
 * "Now" (badges, relative ages) comes from the one clock: `ATLAS_NOW` pins it for reproducible
 * builds and tests, and a malformed value fails the build rather than using the real clock.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildAtlas, type Atlas } from './view-model.ts';
import { loadActivity, loadLinks } from './stores.ts';
import { clockFromEnv } from '../time/clock.ts';

let cached: Promise<Atlas> | undefined;

/** The build's view model. */
export function getAtlas(): Promise<Atlas> {
  cached ??= (async () => {
    const [entries, categories, groups, tags] = await Promise.all([
      getCollection('entries'),
      getCollection('categories'),
      getCollection('groups'),
      getCollection('tags'),
    ]);
    const now = clockFromEnv()();
    return buildAtlas({
      entries,
      categories,
      groups,
      tags: Object.fromEntries(tags.map((t) => [t.id, t.data.text])),
      activity: loadActivity(),
      links: loadLinks(),
      now,
    });
  })();
  return cached;
}

let resources: Promise<Array<CollectionEntry<'resources'>>> | undefined;

/** The resources collection, loaded once per build (tag pages each need it). */
export function getResources(): Promise<Array<CollectionEntry<'resources'>>> {
  resources ??= getCollection('resources').then((list) =>
    [...list].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' })),
  );
  return resources;
}
