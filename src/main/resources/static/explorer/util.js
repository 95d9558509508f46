// The DOM builder, the GraphQL client and what the pages share. Data only ever enters the page as text nodes.
import { t, formatDate } from './i18n.js';

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false || c === '') continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

export async function gql(query, variables = {}, signal) {
  const res = await fetch('graphql', {
    method: 'POST', signal,
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }));
  if (body.errors?.length) throw new Error(body.errors.map(e => e.message).join('; '));
  return body.data;
}

/** The fields that name any entity; every node in a list or a map is fetched with these. */
export const NAME_FIELDS = `__typename id
  ... on Person { name } ... on Organisation { name } ... on Forum { name }
  ... on Meeting { title date } ... on Initiative { name } ... on Document { title date }`;

export const SOURCE_FIELDS = 'document { id title } fromLine toLine excerpt';

export function displayName(n) {
  if (!n) return '';
  if (n.__typename === 'Meeting') return n.title + (n.date && !n.title.includes(n.date.slice(0, 4)) ? ` (${formatDate(n.date)})` : '');
  return n.name ?? n.title ?? n.id;
}

export const entityHref = id => `#/e/${encodeURIComponent(id)}`;
export const networkHref = (id, params = '') => `#/net/${encodeURIComponent(id)}${params ? '?' + params : ''}`;

export function link(n) {
  return n ? h('a', { href: entityHref(n.id), class: `kind-${(n.__typename || '').toLowerCase()}` }, displayName(n)) : '';
}

/** The evidence of one fact: document, lines, and the quoted text when the document's text is stored. */
export function sourcesBlock(sources, open = false) {
  if (!sources?.length) return h('span', { class: 'muted' }, t().noSource);
  return h('details', { class: 'sources', open },
    h('summary', {}, `${t().source}${sources.length > 1 ? ` (${sources.length})` : ''}`),
    h('ul', {}, sources.map(s => h('li', {},
      h('a', { href: entityHref(s.document.id) }, s.document.title),
      s.fromLine ? `, ${t().lines} ${s.fromLine}${s.toLine && s.toLine !== s.fromLine ? '–' + s.toLine : ''}` : '',
      s.excerpt ? h('blockquote', {}, s.excerpt) : null))));
}

/** A table with a caption and a header row; rows are arrays of cells. */
export function table(caption, headers, rows) {
  if (!rows.length) return h('section', {}, h('h2', {}, caption), h('p', { class: 'muted' }, t().none));
  return h('section', {},
    h('h2', {}, caption),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, headers.map(x => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows.map(r => h('tr', {}, r.map((c, i) => h('td', { 'data-label': headers[i] }, c))))))));
}

// Local calendar date (sv-SE writes ISO order).
export const today = () => new Date().toLocaleDateString('sv-SE');
export { formatDate };
