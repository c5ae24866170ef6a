/**
 * What names one PyPI project: PEP 503 normalization, so `Flask_SQLAlchemy`, `flask-sqlalchemy`
 * and `Flask.SQLAlchemy` are one project for duplicates, the activity store and pypistats alike.
 */

/** PEP 503 normalized distribution name. */
export function normalizePypiName(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, '-');
}
