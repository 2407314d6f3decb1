/**
 * Strapi's REST API reads nested parameters in the `qs` bracket syntax:
 * { filters: { slug: { $eq: 'x' } } } becomes filters[slug][$eq]=x.
 */
export type QueryValue = string | number | boolean | undefined | null | QueryValue[] | { [key: string]: QueryValue };

export function toQueryString(params: Record<string, QueryValue>): string {
  const out = new URLSearchParams();
  const walk = (prefix: string, value: QueryValue) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(`${prefix}[${i}]`, v));
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}[${k}]` : k, v);
    } else {
      out.append(prefix, String(value));
    }
  };
  walk('', params);
  return out.toString();
}
