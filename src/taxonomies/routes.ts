import { z } from 'zod';
import { notFound } from '../errors.js';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { countryLabels, listCountries } from './countries.js';
import { loadTaxonomy, taxonomyNames, type TaxonomyName } from './load.js';
import { Provision } from './schema.js';

const names = [...taxonomyNames, 'countries'] as const;
const TaxonomyId = z.enum(names);
const Labels = z.object({ en: z.string() }).catchall(z.string()).meta({ description: 'By language tag; English always' });
/** A term as served: what every file has, and what some add (violation types: level and provisions). */
const TermOut = z.looseObject({
  code: z.string(),
  label: Labels,
  definition: Labels.optional(),
  parent: z.string().optional(),
  pyramidLevel: z.number().int().optional(),
  provisions: z.array(Provision).optional(),
});

export async function taxonomyRoutes(app: App) {
  app.get(
    '/api/taxonomies',
    {
      schema: {
        operationId: 'listTaxonomies',
        tags: ['taxonomies'],
        summary: 'The vocabularies Precursor uses, with their versions',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                name: TaxonomyId,
                title: z.string(),
                version: z.number(),
                terms: z.number(),
                languages: z.array(z.string()).meta({ description: 'Languages every label is given in (English always)' }),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: [
        ...taxonomyNames.map((name) => {
          const t = loadTaxonomy(name);
          const complete = Object.entries(t.translations ?? {}).filter(([, translation]) => translation.complete);
          return { name, title: t.title.en, version: t.version, terms: t.terms.length, languages: ['en', ...complete.map(([lang]) => lang)] };
        }),
        { name: 'countries' as const, title: 'Countries (ISO 3166-1 alpha-3)', version: 1, terms: listCountries().length, languages: ['en', 'ar'] },
      ],
    }),
  );

  app.get(
    '/api/taxonomies/:name',
    {
      schema: {
        operationId: 'getTaxonomy',
        tags: ['taxonomies'],
        summary: 'One vocabulary: its terms by stable code, with labels, definitions and cited sources',
        params: z.object({ name: z.string() }),
        response: { 200: z.looseObject({ id: z.string(), terms: z.array(TermOut) }), ...problemResponses },
      },
    },
    async (request) => {
      const { name } = request.params;
      if (name === 'countries') {
        return {
          id: 'countries',
          version: 1,
          title: { en: 'Countries (ISO 3166-1 alpha-3)', ar: 'البلدان (رموز ISO 3166-1 الثلاثية)' },
          sources: { iso: { citation: 'ISO 3166-1, via the i18n-iso-countries package' } },
          terms: listCountries().map((c) => ({ code: c.code, label: countryLabels(c.code), source: 'iso' })),
        };
      }
      if (!(names as readonly string[]).includes(name)) throw notFound('taxonomy', name);
      return loadTaxonomy(name as TaxonomyName);
    },
  );
}
