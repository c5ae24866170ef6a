/**
 * Old addresses (`content/redirects.yaml`): when categories merge or an entry moves, its old
 * `/category/<id>/` or `/entries/<category>/<slug>/` must keep reaching the content, because
 * other sites, bookmarks and search engines link to it. This file maps each old id to where the
 * content lives now; the site builds a redirect page at every old path (src/site/redirects.ts)
 * and the validator's `redirect-target` rule checks both sides.
 *
 * ```yaml
 * categories:
 *   gui-frameworks: user-interfaces              # whole category
 *   python-installers: package-managers#python-versions   # lands on one subcategory
 * entries:
 *   gui-frameworks/pyside6: user-interfaces/pyside6
 *   design-patterns/thealgorithms: resources/website/thealgorithms-python
 * ```
 */
import { z } from 'zod';
import { kebabId } from './common.ts';
import { resourceKind } from './resource.ts';

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** An entry id as it appears in `/entries/<category>/<slug>/`. */
export const entryIdRef = z
  .string()
  .regex(new RegExp(`^${KEBAB}/${KEBAB}$`), 'must be <category>/<slug>, like "web-frameworks/fastapi"');

/** Where an old category now lives: a category id, optionally `#<subcategory-id>` to land on one section. */
export const categoryTarget = z
  .string()
  .regex(new RegExp(`^${KEBAB}(?:#${KEBAB})?$`), 'must be a category id, or <category>#<subcategory>, like "packaging#wheels"');

/** Where an old entry now lives: another entry id, or `resources/<kind>/<slug>` for one that became a learning resource. */
export const entryTarget = z
  .string()
  .regex(
    new RegExp(`^(?:${KEBAB}/${KEBAB}|resources/(?:${resourceKind.options.join('|')})/${KEBAB})$`),
    'must be <category>/<slug>, or resources/<kind>/<slug> for an entry that became a resource',
  );

export const redirectsFileSchema = z
  .object({
    /** Old category id → where its entries live now. */
    categories: z.record(kebabId, categoryTarget).optional(),
    /** Old entry id (`<category>/<slug>`) → its new id, or the resource it became. */
    entries: z.record(entryIdRef, entryTarget).optional(),
  })
  .strict();

export type RedirectsFile = z.infer<typeof redirectsFileSchema>;
