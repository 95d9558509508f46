// The explorer's shell: header with search and language toggle, and a hash router so every view has a
// stable URL: #/e/<id> (an entity), #/net/<id>?… (its network map).
import { t, setLang, currentLang } from './i18n.js';
import { h, entityHref, networkHref } from './util.js';
import { searchBox } from './search.js';
import { entityPage } from './pages.js';
import { networkPage } from './network.js';

const main = document.getElementById('main');
const header = document.getElementById('site-header');

function renderHeader() {
  header.replaceChildren(
    h('a', { class: 'skip', href: '#main', onclick: e => { e.preventDefault(); main.focus(); } }, t().skip),
    h('a', { class: 'brand', href: '#/' }, h('strong', {}, t().appName), h('span', { class: 'tagline' }, t().tagline)),
    h('div', { class: 'header-search', role: 'search' },
      searchBox({ id: 'search', label: t().searchLabel, placeholder: t().searchPlaceholder, onChoose: n => navigate(entityHref(n.id)) })),
    h('nav', { 'aria-label': 'Mødegraf' },
      h('a', { href: 'graphiql' }, t().graphiql), ' ',
      h('button', { type: 'button', id: 'lang', lang: currentLang() === 'da' ? 'en' : 'da', 'aria-label': t().langToggleLabel,
        onclick: () => { setLang(currentLang() === 'da' ? 'en' : 'da'); renderHeader(); route(); } }, t().langToggle)));
}

function home() {
  document.title = 'Mødegraf';
  const examples = [['forum:strategisk-forum', 'Strategisk Forum'], ['org:koebenhavns-kommune', 'Københavns Kommune'],
    ['meeting:hovedmed-sof-2026-04-24', 'HovedMED 24.04.2026'], ['person:thomas-medom', 'Thomas Medom']];
  main.replaceChildren(h('section', { class: 'home' },
    h('h1', { tabindex: '-1' }, t().appName), h('p', { class: 'lead' }, t().intro),
    h('h2', {}, t().examples),
    h('ul', {}, examples.map(([id, name]) => h('li', {}, h('a', { href: entityHref(id) }, name), ' · ', h('a', { href: networkHref(id) }, t().network))))));
}

export function navigate(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

let generation = 0;
async function route() {
  const mine = ++generation;
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const [, view, rawId] = path.split('/');
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'muted' }, t().loading));
  try {
    if (view === 'e' && rawId) await entityPage(main, decodeURIComponent(rawId), params, navigate);
    else if (view === 'net' && rawId) await networkPage(main, decodeURIComponent(rawId), params, navigate);
    else home();
  } catch (e) {
    if (mine === generation) main.replaceChildren(h('h1', { tabindex: '-1' }, t().error), h('p', { class: 'error' }, e.message));
  } finally {
    main.removeAttribute('aria-busy');
    // Move focus to the new heading so a screen reader announces the page, as a full load would.
    if (mine === generation) main.querySelector('h1')?.focus({ preventScroll: true });
  }
}

// Network views rewrite their own URL (replaceState) without a hashchange; only real navigation re-routes.
window.addEventListener('hashchange', route);
renderHeader();
route();
