import { z } from 'zod';
import { notFound } from '../errors.js';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { countryLabels, listCountries } from './countries.js';
import { loadTaxonomy, taxonomyNames, type TaxonomyName } from './load.js';

const names = [...taxonomyNames, 'countries'] as const;

export async function taxonomyRoutes(app: App) {
  app.get(
    '/api/taxonomies',
    {
      config: { access: 'taxonomies.read' },
      schema: {
        tags: ['taxonomies'],
        summary: 'The vocabularies Precursor uses, with their versions',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                name: z.string(),
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
        { name: 'countries', title: 'Countries (ISO 3166-1 alpha-3)', version: 1, terms: listCountries().length, languages: ['en', 'ar'] },
      ],
    }),
  );

  app.get(
    '/api/taxonomies/:name',
    {
      config: { access: 'taxonomies.read' },
      schema: {
        tags: ['taxonomies'],
        summary: 'One vocabulary: its terms by stable code, with labels, definitions and cited sources',
        params: z.object({ name: z.string() }),
        response: { 200: z.looseObject({ id: z.string(), terms: z.array(z.looseObject({ code: z.string() })) }), ...problemResponses },
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
