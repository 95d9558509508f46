// Search as you type: an ARIA combobox whose options are grouped by kind. Used in the header (opens the
// chosen entity) and in the network view (chooses the other end of a path).
import { t } from './i18n.js';
import { h, gql, NAME_FIELDS, displayName } from './util.js';

const ORDER = ['Person', 'Organisation', 'Forum', 'Meeting', 'Initiative', 'Document'];
const QUERY = `query Search($text: String!) { search(text: $text, first: 30) { score matched node { ${NAME_FIELDS} } } }`;
let counter = 0;

export function searchBox({ label, placeholder, onChoose, id }) {
  const listId = `${id || 'search'}-list-${++counter}`;
  const input = h('input', {
    type: 'search', id: id || null, role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, placeholder, 'aria-label': label,
  });
  const list = h('div', { id: listId, role: 'listbox', class: 'search-results', hidden: true, 'aria-label': label });
  const status = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  const box = h('div', { class: 'search' }, input, list, status);
  let options = [], active = -1, timer, controller;

  function close() {
    list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1;
    input.removeAttribute('aria-activedescendant');
  }
  function choose(node) { close(); input.value = ''; onChoose(node); }
  function highlight(i) {
    options.forEach((o, j) => o.el.setAttribute('aria-selected', String(i === j)));
    active = i;
    if (i >= 0) { input.setAttribute('aria-activedescendant', options[i].el.id); options[i].el.scrollIntoView({ block: 'nearest' }); }
  }
  function render(hits) {
    list.replaceChildren(); options = [];
    const groups = Map.groupBy ? Map.groupBy(hits, x => x.node.__typename) : hits.reduce((m, x) => m.set(x.node.__typename, [...(m.get(x.node.__typename) || []), x]), new Map());
    for (const kind of ORDER.filter(k => groups.has(k))) {
      const gid = `${listId}-${kind}`;
      const group = h('div', { role: 'group', 'aria-labelledby': gid, class: 'group' }, h('div', { id: gid, class: 'group-label' }, t().kinds[kind]));
      for (const hit of groups.get(kind)) {
        const el = h('div', { role: 'option', id: `${listId}-o${options.length}`, class: `option kind-${kind.toLowerCase()}`, 'aria-selected': 'false',
          onmousedown: e => { e.preventDefault(); choose(hit.node); } },
          h('span', { class: 'swatch', 'aria-hidden': 'true' }), displayName(hit.node),
          hit.matched && hit.matched !== displayName(hit.node) ? h('span', { class: 'matched' }, ` — ${hit.matched}`) : null);
        options.push({ el, node: hit.node });
        group.append(el);
      }
      list.append(group);
    }
    if (!hits.length) list.append(h('div', { class: 'empty' }, t().noHits));
    list.hidden = false; input.setAttribute('aria-expanded', 'true');
    status.textContent = hits.length ? t().hits(hits.length) : t().noHits;
    highlight(options.length ? 0 : -1);
  }
  async function run(text) {
    controller?.abort();
    controller = new AbortController();
    try {
      const data = await gql(QUERY, { text }, controller.signal);
      if (input.value.trim() === text) render(data.search);
    } catch (e) {
      if (e.name !== 'AbortError') { list.replaceChildren(h('div', { class: 'empty' }, e.message)); list.hidden = false; }
    }
  }
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { controller?.abort(); close(); return; }
    timer = setTimeout(() => run(text), 120);
  });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' && options.length) { e.preventDefault(); if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } highlight((active + 1) % options.length); }
    else if (e.key === 'ArrowUp' && options.length) { e.preventDefault(); highlight((active - 1 + options.length) % options.length); }
    else if (e.key === 'Enter' && active >= 0 && !list.hidden) { e.preventDefault(); choose(options[active].node); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return box;
}
