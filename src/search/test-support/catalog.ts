/**
 * A small hand-written search catalogue for the search tests: a few categories with use cases,
 * and entries whose names, imports, statuses and popularity exercise every ranking signal.
 */
import type { CatalogEntry, SearchCatalog } from '../catalog.ts';
import type { SynonymsFile } from '../../schemas/synonyms.ts';

export const VOCABULARY: SynonymsFile = {
  synonyms: [
    ['cli', 'command line interface'],
    ['orm', 'object relational mapper'],
    ['k8s', 'kubernetes'],
    ['config', 'configuration', 'settings'],
  ],
  ignore: ['python', 'library', 'for', 'how', 'to', 'import'],
};

type Row = Partial<CatalogEntry> & Pick<CatalogEntry, 'd' | 'n' | 'c'>;

const rows: Row[] = [
  { d: 'deep-learning/jax', n: 'JAX', c: 0, u: 0, r: 0 },
  { d: 'deep-learning/pytorch', n: 'PyTorch', c: 0, u: 0, r: 0, p: 'torch' },
  { d: 'deep-learning/diffusers', n: 'Diffusers', c: 0, u: 1, r: 0 },
  { d: 'deep-learning/tinygrad', n: 'tinygrad', c: 0, u: 0, r: 1 },
  { d: 'deep-learning/theano', n: 'Theano', c: 0, u: 0, r: 2, f: 'a' },
  { d: 'web-scraping/scrapy', n: 'Scrapy', c: 1, u: 0, r: 0, p: 'Scrapy' },
  { d: 'web-scraping/beautiful-soup', n: 'Beautiful Soup', c: 1, u: 1, r: 0, p: 'beautifulsoup4', i: 'bs4' },
  { d: 'web-scraping/parsel', n: 'parsel', c: 1, u: 1, r: 1 },
  { d: 'web-frameworks/fastapi', n: 'FastAPI', c: 2, r: 0, p: 'fastapi', t: [0] },
  { d: 'web-frameworks/fastapi-users', n: 'FastAPI Users', c: 2, r: 1, p: 'fastapi-users', t: [0] },
  { d: 'web-frameworks/flask', n: 'Flask', c: 2, r: 0, p: 'Flask', pop: 0.9 },
  { d: 'web-frameworks/bottle', n: 'Bottle', c: 2, r: 1, pop: -0.5 },
  { d: 'cli-frameworks/click', n: 'Click', c: 3, r: 0, p: 'click' },
  { d: 'cli-frameworks/typer', n: 'Typer', c: 3, r: 0, p: 'typer' },
  { d: 'cli-apps/httpie', n: 'HTTPie', c: 4, r: 0 },
  { d: 'orms/sqlalchemy', n: 'SQLAlchemy', c: 5, u: 0, r: 0, p: 'SQLAlchemy' },
  { d: 'orms/peewee', n: 'Peewee', c: 5, u: 0, r: 1 },
  { d: 'configuration/pyyaml', n: 'PyYAML', c: 6, r: 0, p: 'PyYAML', i: 'yaml' },
  { d: 'configuration/python-dotenv', n: 'python-dotenv', c: 6, r: 0, p: 'python-dotenv', i: 'dotenv' },
];

export const CATALOG: SearchCatalog = {
  v: 1,
  groups: [
    { id: 'ai-ml', title: 'AI & ML' },
    { id: 'web', title: 'Web' },
    { id: 'tools', title: 'Tools' },
  ],
  categories: [
    { id: 'deep-learning', title: 'Deep Learning', g: 0, subs: [['frameworks', 'Frameworks'], ['pretrained', 'Pretrained models']], n: 5 },
    { id: 'web-scraping', title: 'Web Scraping', g: 1, subs: [['frameworks', 'Crawling frameworks'], ['parsers', 'HTML parsing and selectors']], n: 3 },
    { id: 'web-frameworks', title: 'Web Frameworks', g: 1, subs: [], n: 4 },
    { id: 'cli-frameworks', title: 'CLI Frameworks', g: 2, subs: [], n: 2 },
    { id: 'cli-apps', title: 'Command-line Applications', g: 2, subs: [], n: 1 },
    { id: 'orms', title: 'ORMs and Query Builders', g: 1, subs: [['orms', 'Object-relational mappers']], n: 2 },
    { id: 'configuration', title: 'Configuration', g: 2, subs: [], n: 2 },
  ],
  tags: ['async'],
  entries: rows.map((r) => ({ t: [], r: 1, ...r }) as CatalogEntry),
  vocabulary: VOCABULARY,
  protected: ['parse'],
};
