// The network map of one entity's neighbourhood (vis-network, from a WebJar). The whole view lives in the
// URL: #/net/<centre>?depth=2&at=2026-06-15&hide=Meeting,Document&x=<expanded ids>&to=<other end of a path>.
import { t, formatDate } from './i18n.js';
import { h, gql, NAME_FIELDS, SOURCE_FIELDS, displayName, entityHref, networkHref, sourcesBlock, today } from './util.js';
import { searchBox } from './search.js';

export const KINDS = {
  Person: { color: '#2563eb', shape: 'dot' },
  Organisation: { color: '#059669', shape: 'box' },
  Forum: { color: '#d97706', shape: 'diamond' },
  Meeting: { color: '#7c3aed', shape: 'square' },
  Initiative: { color: '#dc2626', shape: 'triangle' },
  Document: { color: '#6b7280', shape: 'star' },
};
const EXPAND_CAP = 25;       // neighbours added per double-click; the rest behind an "and N more" node
const CENTRE_LIMIT = 500;    // the API's maximum
const MEMBER_OF = 'MEMBER_OF';

const NETWORK = `query Network($id: ID!, $depth: Int!, $limit: Int!) { network(center: $id, depth: $depth, limit: $limit) {
  nodes { ${NAME_FIELDS} } edges { from to type label } } }`;
const PATH = `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { ${NAME_FIELDS} } edges { from to type label } } }`;
// Memberships carry the dates the slider filters on, and the evidence an edge shows on click.
const PEOPLE = `query People($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { id
  memberships { forum { id } role from to sources { ${SOURCE_FIELDS} } }
  attendance { meeting { id } status role sources { ${SOURCE_FIELDS} } } } } }`;
const ENDS = `query Ends($ids: [ID!]!) { nodes(ids: $ids) { ${NAME_FIELDS}
  ... on Person { sources { ${SOURCE_FIELDS} } affiliations { organisation { id } title } }
  ... on Organisation { sources { ${SOURCE_FIELDS} } } ... on Forum { sources { ${SOURCE_FIELDS} } }
  ... on Meeting { sources { ${SOURCE_FIELDS} } } ... on Initiative { sources { ${SOURCE_FIELDS} } } } }`;

const edgeId = e => `${e.from}>${e.type}>${e.to}`;

/** Parses the view from the URL; writes it back with every change so a view can be shared and cited. */
function readState(id, params) {
  return {
    center: id,
    depth: Math.min(3, Math.max(1, Number(params.get('depth')) || 1)),
    at: /^\d{4}-\d{2}-\d{2}$/.test(params.get('at') || '') ? params.get('at') : null,
    hide: new Set((params.get('hide') || '').split(',').filter(k => KINDS[k])),
    expanded: (params.get('x') || '').split(',').filter(Boolean),
    to: params.get('to') || null,
  };
}

function writeState(s) {
  const p = new URLSearchParams();
  if (s.depth !== 1) p.set('depth', s.depth);
  if (s.at) p.set('at', s.at);
  if (s.hide.size) p.set('hide', [...s.hide].join(','));
  if (s.expanded.length) p.set('x', s.expanded.join(','));
  if (s.to) p.set('to', s.to);
  history.replaceState(null, '', networkHref(s.center, p.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')));
}

// vis-network (680 kB) loads with the first network view, not with the first page; then it is cached for a year.
let visLoaded;
function loadVis() {
  visLoaded ??= new Promise((resolve, reject) => {
    if (window.vis) return resolve();
    document.head.append(h('script', { src: 'webjars/vis-network/9.1.2/standalone/umd/vis-network.min.js', onload: resolve, onerror: () => { visLoaded = null; reject(new Error('vis-network did not load')); } }));
  });
  return visLoaded;
}

export async function networkPage(main, id, params) {
  await loadVis();
  const state = readState(id, params);
  let firstDay = 0;  // the slider's day 0, as days since 1970
  const graph = { nodes: new Map(), edges: new Map(), more: new Map(), people: new Map(), path: null };

  const status = h('p', { id: 'net-status', class: 'muted', 'aria-live': 'polite' }, t().loading);
  const canvas = h('div', { id: 'net-canvas', role: 'application', tabindex: 0, 'aria-label': t().mapLabel });
  const info = h('div', { id: 'net-info', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t().selectHint));
  const list = h('details', { id: 'net-list' }, h('summary', {}, t().asList), h('div'));
  const pathBox = h('div', { id: 'net-path' });
  const title = h('h1', { tabindex: '-1' }, t().network);

  const depthSel = h('select', { id: 'net-depth', onchange: e => { state.depth = Number(e.target.value); state.expanded = []; reload(); } },
    [1, 2, 3].map(d => h('option', { value: d, selected: d === state.depth }, d)));
  const kindBoxes = Object.keys(KINDS).map(k => h('label', { class: `kind-check kind-${k.toLowerCase()}` },
    h('input', { type: 'checkbox', value: k, checked: !state.hide.has(k), onchange: e => { e.target.checked ? state.hide.delete(k) : state.hide.add(k); refresh(); } }),
    h('span', { class: 'swatch', 'aria-hidden': 'true' }), t().kinds[k]));
  const slider = h('input', { type: 'range', id: 'net-at-slider', min: 0, max: 1, step: 1, 'aria-label': t().asOf, disabled: !state.at });
  const atInput = h('input', { type: 'date', id: 'net-at', value: state.at || '', disabled: !state.at, 'aria-label': t().asOf });
  const allDates = h('input', { type: 'checkbox', id: 'net-all-dates', checked: !state.at });
  const toolbar = h('form', { class: 'net-controls', onsubmit: e => e.preventDefault(), 'aria-label': t().network },
    h('div', {}, h('label', { for: 'net-depth' }, `${t().depth} `), depthSel),
    h('fieldset', {}, h('legend', {}, t().filterKinds), kindBoxes),
    h('fieldset', { class: 'as-of' }, h('legend', {}, t().asOf),
      h('label', {}, allDates, ` ${t().allDates}`), slider, atInput, h('small', { class: 'muted' }, t().asOfHelp)),
    h('fieldset', {}, h('legend', {}, t().connect),
      searchBox({ id: 'net-path-search', label: t().connectTo, placeholder: t().connectTo, onChoose: n => { state.to = n.id; writeState(state); loadPath().then(() => refresh(true)); } }),
      pathBox),
    h('div', { class: 'exports' },
      h('button', { type: 'button', id: 'export-png', onclick: exportPng }, t().exportPng),
      h('button', { type: 'button', id: 'export-svg', onclick: exportSvg }, t().exportSvg)));
  main.replaceChildren(h('div', { class: 'network-page' },
    h('div', { class: 'net-head' }, title, status, h('p', { class: 'muted help' }, t().help)),
    toolbar, h('div', { class: 'net-main' }, canvas, legend()), h('aside', { class: 'net-side' }, info), list));

  const nodesDS = new vis.DataSet();
  const edgesDS = new vis.DataSet();
  const network = new vis.Network(canvas, { nodes: nodesDS, edges: edgesDS }, {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    interaction: { hover: true, keyboard: { enabled: true, bindToWindow: false }, navigationButtons: false, tooltipDelay: 150 },
    physics: { solver: 'forceAtlas2Based', forceAtlas2Based: { gravitationalConstant: -110, centralGravity: 0.012, springLength: 130, springConstant: 0.06, avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: 220, updateInterval: 1000, fit: true }, minVelocity: 1.5 },
    nodes: { font: { size: 13, face: 'system-ui, sans-serif' }, borderWidth: 1.5, size: 14 },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, font: { size: 10, align: 'middle', strokeWidth: 3 }, color: { color: '#9ca3af', highlight: '#111827' }, smooth: false, width: 1.2 },
  });
  // For tests and the benchmark: when the last draw began and when the layout settled.
  const timing = window.explorerNetwork = { network, drawStart: 0, settledMs: null, ready: false, visibleNodes: () => nodesDS.getIds(), visibleEdges: () => edgesDS.get() };
  network.on('stabilizationIterationsDone', () => {
    network.setOptions({ physics: { enabled: false } });
    network.once('afterDrawing', () => { timing.settledMs = performance.now() - timing.drawStart; timing.ready = true; canvas.dataset.ready = 'true'; });
  });
  network.on('click', e => {
    if (e.nodes.length) showNode(e.nodes[0]);
    else if (e.edges.length) showEdge(e.edges[0]);
  });
  network.on('doubleClick', e => { if (e.nodes.length) expand(e.nodes[0]); });

  allDates.addEventListener('change', () => {
    state.at = allDates.checked ? null : (atInput.value || today());
    slider.disabled = atInput.disabled = allDates.checked; syncDate(); refresh();
  });
  slider.addEventListener('input', () => { state.at = dayToIso(Number(slider.value)); syncDate(); refresh(); });
  atInput.addEventListener('change', () => { if (atInput.value) { state.at = atInput.value; syncDate(); refresh(); } });

  await reload();

  async function reload() {
    status.textContent = t().loading;
    graph.nodes.clear(); graph.edges.clear(); graph.more.clear(); graph.people.clear(); graph.path = null;
    const data = await gql(NETWORK, { id: state.center, depth: state.depth, limit: CENTRE_LIMIT });
    addAll(data.network.nodes, data.network.edges);
    const centre = graph.nodes.get(state.center);
    if (!centre) { status.textContent = t().notFound; return; }
    title.textContent = `${t().network}: ${displayName(centre)}`;
    document.title = `${t().network}: ${displayName(centre)} · Mødegraf`;
    for (const x of state.expanded) await expandOnce(x);
    await loadPath();
    await loadPeople();
    setSliderRange();
    refresh(true);
  }

  function addAll(nodes, edges) {
    for (const n of nodes) if (!graph.nodes.has(n.id)) graph.nodes.set(n.id, n);
    for (const e of edges) if (graph.nodes.has(e.from) && graph.nodes.has(e.to)) {
      const id = edgeId(e), old = graph.edges.get(id);
      graph.edges.set(id, old ? { ...old, label: [...new Set([old.label, e.label].filter(Boolean))].join(', ') || null } : { ...e, id });
    }
  }

  async function loadPeople() {
    const ids = [...graph.nodes.values()].filter(n => n.__typename === 'Person' && !graph.people.has(n.id)).map(n => n.id);
    if (!ids.length) return;
    const data = await gql(PEOPLE, { ids });
    for (const p of data.nodes) if (p) graph.people.set(p.id, p);
  }

  /** Adds up to EXPAND_CAP more neighbours of one node; those left over stand behind an "and N more" node. */
  async function expandOnce(id) {
    const data = await gql(NETWORK, { id, depth: 1, limit: CENTRE_LIMIT });
    const fresh = data.network.nodes.filter(n => !graph.nodes.has(n.id));
    const added = fresh.slice(0, EXPAND_CAP);
    addAll(added, data.network.edges);
    const rest = fresh.length - added.length;
    if (rest > 0) graph.more.set(id, rest); else graph.more.delete(id);
  }

  async function expand(id) {
    const target = id.startsWith('more:') ? id.slice(5) : id;
    if (!graph.nodes.has(target)) return;
    status.textContent = t().loading;
    await expandOnce(target);
    state.expanded.push(target);
    writeState(state);
    await loadPeople();
    refresh(true);
  }

  async function loadPath() {
    graph.path = null;
    pathBox.replaceChildren();
    if (!state.to) return;
    const data = await gql(PATH, { from: state.center, to: state.to });
    const p = data.path;
    graph.path = p ? { nodes: new Set(p.nodes.map(n => n.id)), edges: new Set(p.edges.map(edgeId)), list: p } : { nodes: new Set(), edges: new Set(), list: null };
    if (p) { addAll(p.nodes, p.edges); await loadPeople(); }
    renderPath();
  }

  function renderPath() {
    const p = graph.path?.list;
    const clear = h('button', { type: 'button', class: 'link-button', onclick: () => { state.to = null; graph.path = null; pathBox.replaceChildren(); writeState(state); refresh(); } }, t().clearPath);
    if (!p) return pathBox.replaceChildren(h('p', { id: 'path-result' }, t().noPath), clear);
    const steps = h('ol', { id: 'path-result', class: 'path-steps' }, p.nodes.map((n, i) => h('li', {},
      h('a', { href: entityHref(n.id) }, displayName(n)),
      p.edges[i] ? h('button', { type: 'button', class: 'link-button edge-step', onclick: () => showEdge(edgeId(p.edges[i])) },
        ` ${edgeText(p.edges[i], n.id)} `) : null)));
    pathBox.replaceChildren(h('p', {}, t().pathOf(p.length)), steps, clear);
  }

  function edgeText(e, fromId) {
    const rel = t().edgeType[e.type] || e.type;
    const arrow = fromId === undefined || fromId === e.from ? '→' : '←';
    return `${arrow} ${rel}${e.label ? ` (${e.label})` : ''}`;
  }

  /** A membership counts on a date when the date lies within from..to; an unstated bound does not exclude. */
  function validOn(e, at) {
    if (!at || e.type !== MEMBER_OF) return true;
    const ms = graph.people.get(e.from)?.memberships.filter(m => m.forum.id === e.to) || [];
    return ms.length === 0 || ms.some(m => (!m.from || m.from <= at) && (!m.to || m.to >= at));
  }

  /** Recomputes what is visible (kinds, date, path) and applies only the difference to the map. */
  function refresh(relayout = false) {
    writeState(state);
    const shown = new Set([...graph.nodes.values()].filter(n => !state.hide.has(n.__typename) || n.id === state.center).map(n => n.id));
    const edges = [...graph.edges.values()].filter(e => shown.has(e.from) && shown.has(e.to) && validOn(e, state.at));
    // A node left with no edge on this date (say, a member whose seat ended) goes too, unless it is an end of the path.
    const touched = new Set(edges.flatMap(e => [e.from, e.to]));
    for (const id of [...shown]) if (id !== state.center && !touched.has(id) && !graph.path?.nodes.has(id)) shown.delete(id);
    const nodeItems = [...shown].map(id => nodeItem(graph.nodes.get(id)));
    for (const [id, n] of graph.more) if (shown.has(id)) nodeItems.push(moreItem(id, n));
    const edgeItems = edges.map(edgeItem);
    for (const [id] of graph.more) if (shown.has(id)) edgeItems.push({ id: `more>${id}`, from: id, to: `more:${id}`, dashes: true, arrows: '', color: { color: '#cbd5e1' } });

    const keepN = new Set(nodeItems.map(n => n.id)), keepE = new Set(edgeItems.map(e => e.id));
    const before = nodesDS.length;
    edgesDS.remove(edgesDS.getIds().filter(id => !keepE.has(id)));
    nodesDS.remove(nodesDS.getIds().filter(id => !keepN.has(id)));
    nodesDS.update(nodeItems);
    edgesDS.update(edgeItems);
    if (relayout || before === 0) {
      timing.ready = false; canvas.dataset.ready = 'false'; timing.drawStart = performance.now();
      network.setOptions({ physics: { enabled: true } });
      network.stabilize(nodeItems.length > 150 ? 160 : 220);
    }
    status.textContent = t().nodesEdges(nodesDS.length - graph.more.size, edgesDS.get({ filter: e => !e.id.startsWith('more>') }).length);
    renderList();
  }

  function nodeItem(n) {
    const k = KINDS[n.__typename] || KINDS.Document;
    const onPath = graph.path?.nodes.has(n.id);
    const label = displayName(n);
    return {
      id: n.id, label: label.length > 38 ? label.slice(0, 36) + '…' : label, title: `${t().kind[n.__typename]}: ${label}`,
      shape: k.shape, color: { background: k.color, border: onPath ? '#111827' : shade(k.color), highlight: { background: k.color, border: '#111827' } },
      font: { color: k.shape === 'box' ? '#fff' : '#111827', size: n.id === state.center ? 16 : 13, bold: n.id === state.center },
      borderWidth: onPath ? 4 : n.id === state.center ? 3 : 1.5, size: n.id === state.center ? 22 : 14,
    };
  }

  function moreItem(id, n) {
    return { id: `more:${id}`, label: t().andMore(n), shape: 'box', color: { background: '#f1f5f9', border: '#94a3b8' }, font: { color: '#334155' }, title: t().expand };
  }

  function edgeItem(e) {
    const onPath = graph.path?.edges.has(e.id);
    const rel = t().edgeType[e.type] || e.type;
    // The relation is the label; the role or status is in the tooltip and the side panel, to keep the map legible.
    return { id: e.id, from: e.from, to: e.to, label: graph.edges.size > 150 && !onPath ? undefined : rel, title: e.label ? `${rel}: ${e.label}` : rel,
      width: onPath ? 4 : 1.2, color: onPath ? { color: '#dc2626', highlight: '#991b1b' } : undefined };
  }

  function renderList() {
    const nodes = nodesDS.get({ filter: n => !String(n.id).startsWith('more:') });
    const byId = new Map(nodes.map(n => [n.id, n]));
    list.lastChild.replaceChildren(
      h('h2', {}, t().nodesEdges(nodes.length, edgesDS.length)),
      h('ul', { class: 'net-nodes' }, nodes.map(n => {
        const node = graph.nodes.get(n.id);
        return h('li', { 'data-id': n.id, class: `kind-${node.__typename.toLowerCase()}` },
          h('span', { class: 'swatch', 'aria-hidden': 'true' }), h('a', { href: entityHref(n.id) }, displayName(node)), ` (${t().kind[node.__typename]}) `,
          h('button', { type: 'button', class: 'link-button', onclick: () => expand(n.id), 'aria-label': `${t().expand}: ${displayName(node)}` }, t().expand),
          graph.more.has(n.id) ? h('span', { class: 'muted' }, ` ${t().andMore(graph.more.get(n.id))}`) : null);
      })),
      h('ul', { class: 'net-edges' }, edgesDS.get({ filter: e => !e.id.startsWith('more>') }).map(e => h('li', { 'data-id': e.id },
        displayName(graph.nodes.get(e.from)), ' ', h('button', { type: 'button', class: 'link-button', onclick: () => showEdge(e.id) }, edgeText(graph.edges.get(e.id))), ' ',
        byId.has(e.to) ? displayName(graph.nodes.get(e.to)) : ''))));
  }

  function showNode(id) {
    if (id.startsWith('more:')) return expand(id);
    const n = graph.nodes.get(id);
    info.replaceChildren(h('div', {},
      h('p', { class: `kind-label kind-${n.__typename.toLowerCase()}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t().kind[n.__typename]),
      h('h2', {}, displayName(n)),
      n.date ? h('p', {}, formatDate(n.date)) : null,
      h('p', { class: 'actions' },
        h('a', { class: 'button', href: entityHref(id) }, t().open), ' ',
        h('button', { type: 'button', onclick: () => expand(id) }, t().expand), ' ',
        id !== state.center ? h('a', { class: 'button secondary', href: networkHref(id) }, t().makeCenter) : null)));
  }

  async function showEdge(id) {
    const e = graph.edges.get(id);
    if (!e) return;
    if (edgesDS.get(id)) network.selectEdges([id]);
    const a = graph.nodes.get(e.from), b = graph.nodes.get(e.to);
    const head = [h('p', { class: 'kind-label' }, t().relation), h('h2', { id: 'edge-title' }, displayName(a), ` ${edgeText(e)} `, displayName(b))];
    info.replaceChildren(...head, h('p', { class: 'muted' }, t().loading));
    let evidence;
    const person = graph.people.get(e.from);
    if (e.type === MEMBER_OF && person) {
      evidence = person.memberships.filter(m => m.forum.id === e.to).map(m => h('div', { class: 'evidence' },
        h('p', {}, [m.role, m.from && `${t().from} ${formatDate(m.from)}`, m.to && `${t().to} ${formatDate(m.to)}`].filter(Boolean).join(' · ')),
        sourcesBlock(m.sources, true)));
    } else if (e.type === 'PARTICIPATED_IN' && person) {
      evidence = person.attendance.filter(x => x.meeting.id === e.to).map(x => h('div', { class: 'evidence' },
        h('p', {}, [t().statusName[x.status], x.role].filter(Boolean).join(' · ')), sourcesBlock(x.sources, true)));
    } else {
      // The API records no sources on these edges: show where each end was read.
      const data = await gql(ENDS, { ids: [e.from, e.to] });
      const title = e.type === 'AFFILIATED_WITH' ? data.nodes[0]?.affiliations?.find(x => x.organisation.id === e.to)?.title : null;
      evidence = [title ? h('p', {}, title) : null, h('h3', {}, t().endpointSources),
        data.nodes.filter(Boolean).map(n => h('div', { class: 'evidence' }, h('p', {}, displayName(n)), sourcesBlock(n.sources, true)))];
    }
    info.replaceChildren(h('div', {}, head, h('h3', {}, t().evidence), evidence));
  }

  // The slider runs over days from the earliest to the latest date the memberships and meetings name.
  function setSliderRange() {
    const dates = [today()];
    for (const p of graph.people.values()) for (const m of p.memberships) dates.push(m.from, m.to);
    for (const n of graph.nodes.values()) dates.push(n.date);
    const days = dates.filter(Boolean).map(isoToDay).sort((x, y) => x - y);
    firstDay = days[0] - 30;
    slider.min = 0; slider.max = days[days.length - 1] + 30 - firstDay;
    syncDate();
  }
  function syncDate() {
    const at = state.at || today();
    atInput.value = at; slider.value = isoToDay(at) - firstDay;
    slider.setAttribute('aria-valuetext', formatDate(at));
  }
  function dayToIso(i) { return new Date((i + firstDay) * 86400000).toISOString().slice(0, 10); }

  function exportPng() {
    const src = canvas.querySelector('canvas');
    const out = document.createElement('canvas');
    out.width = src.width; out.height = src.height;
    const ctx = out.getContext('2d');
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, out.width, out.height); ctx.drawImage(src, 0, 0);
    download(out.toDataURL('image/png'), 'png');
  }

  /** vis-network draws on a canvas; the SVG is built from the laid-out positions, shape by shape. */
  function exportSvg() {
    const pos = network.getPositions();
    const ids = Object.keys(pos);
    if (!ids.length) return;
    const xs = ids.map(i => pos[i].x), ys = ids.map(i => pos[i].y);
    const minX = Math.min(...xs) - 80, minY = Math.min(...ys) - 60, w = Math.max(...xs) - minX + 80, hgt = Math.max(...ys) - minY + 60;
    const esc = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
    const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${w} ${hgt}" width="${Math.round(w)}" height="${Math.round(hgt)}" font-family="sans-serif">`,
      `<rect x="${minX}" y="${minY}" width="${w}" height="${hgt}" fill="#fff"/>`];
    for (const e of edgesDS.get()) {
      const a = pos[e.from], b = pos[e.to];
      if (!a || !b) continue;
      parts.push(`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${e.color?.color || '#9ca3af'}" stroke-width="${e.width || 1.2}"${e.dashes ? ' stroke-dasharray="4 4"' : ''}/>`);
      if (e.label) parts.push(`<text x="${(a.x + b.x) / 2}" y="${(a.y + b.y) / 2}" font-size="9" text-anchor="middle" fill="#374151" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(e.label)}</text>`);
    }
    for (const n of nodesDS.get()) {
      const p = pos[n.id], r = n.size || 14, fill = n.color.background, stroke = n.color.border;
      const shape = { dot: `<circle cx="${p.x}" cy="${p.y}" r="${r}"`, square: `<rect x="${p.x - r}" y="${p.y - r}" width="${2 * r}" height="${2 * r}"`,
        diamond: `<polygon points="${p.x},${p.y - r * 1.3} ${p.x + r * 1.3},${p.y} ${p.x},${p.y + r * 1.3} ${p.x - r * 1.3},${p.y}"`,
        triangle: `<polygon points="${p.x},${p.y - r * 1.2} ${p.x + r * 1.1},${p.y + r * 0.8} ${p.x - r * 1.1},${p.y + r * 0.8}"`,
        star: `<polygon points="${star(p.x, p.y, r * 1.2)}"` }[n.shape];
      if (shape) {
        parts.push(`${shape} fill="${fill}" stroke="${stroke}" stroke-width="${n.borderWidth || 1.5}"><title>${esc(n.title || n.label)}</title></${shape.slice(1, shape.indexOf(' '))}>`);
        parts.push(`<text x="${p.x}" y="${p.y + r * 1.3 + 12}" font-size="12" text-anchor="middle" fill="#111827">${esc(n.label)}</text>`);
      } else {
        const bw = n.label.length * 6.6 + 14;
        parts.push(`<rect x="${p.x - bw / 2}" y="${p.y - 11}" width="${bw}" height="22" rx="4" fill="${fill}" stroke="${stroke}"/>`);
        parts.push(`<text x="${p.x}" y="${p.y + 4}" font-size="12" text-anchor="middle" fill="${n.font?.color || '#fff'}">${esc(n.label)}</text>`);
      }
    }
    parts.push('</svg>');
    download(URL.createObjectURL(new Blob([parts.join('\n')], { type: 'image/svg+xml' })), 'svg');
  }

  function download(href, ext) {
    const name = `moedegraf-${state.center.replace(/[^a-z0-9-]+/gi, '-')}${state.at ? '-' + state.at : ''}.${ext}`;
    const a = h('a', { href, download: name, hidden: true });
    document.body.append(a); a.click(); a.remove();
  }
}

function legend() {
  return h('ul', { class: 'legend', 'aria-label': t().legend }, Object.keys(KINDS).map(k =>
    h('li', { class: `kind-${k.toLowerCase()}` }, h('span', { class: `swatch shape-${KINDS[k].shape}`, 'aria-hidden': 'true' }), t().kind[k])));
}

const isoToDay = iso => Math.round(Date.parse(iso + 'T00:00:00Z') / 86400000);

function shade(hex) {
  const n = parseInt(hex.slice(1), 16);
  const f = c => Math.max(0, Math.round(c * 0.7)).toString(16).padStart(2, '0');
  return `#${f(n >> 16)}${f((n >> 8) & 255)}${f(n & 255)}`;
}

function star(cx, cy, r) {
  return Array.from({ length: 10 }, (_, i) => {
    const a = Math.PI / 5 * i - Math.PI / 2, rr = i % 2 ? r / 2.2 : r;
    return `${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
}
