// One page per entity, addressed by #/e/<id>: everything the API knows about it, each fact with its source.
import { t, formatDate } from './i18n.js';
import { h, gql, link, sourcesBlock, table, displayName, networkHref, today, SOURCE_FIELDS, NAME_FIELDS } from './util.js';

const S = `sources { ${SOURCE_FIELDS} }`;
const REF = 'id name';
const ENTITY = `query Entity($id: ID!, $at: Date) { node(id: $id) { ${NAME_FIELDS}
  ... on Person { aliases ${S}
    memberships { forum { id name } role office representing { ${REF} } from to ${S} }
    attendance { status role office meeting { id title date } representing { ${REF} } substituteFor { ${REF} } agendaItems ${S} }
    affiliations { organisation { ${REF} } title } }
  ... on Forum { aliases ${S}
    members(at: $at) { person { ${REF} } role office representing { ${REF} } from to ${S} }
    organisations { organisation { ${REF} } role }
    meetings { id title date location } }
  ... on Meeting { startsAt endsAt location forum { ${REF} } ${S}
    attendance { status role office person { ${REF} } representing { ${REF} } substituteFor { ${REF} } agendaItems ${S} }
    agenda { number title decision initiatives { id name kind } } }
  ... on Organisation { aliases ${S} parent { ${REF} } children { ${REF} }
    people { person { ${REF} } title }
    participations { role forum { ${REF} } initiative { ${REF} } }
    partners { organisation { ${REF} } via { __typename id ... on Forum { name } ... on Initiative { name } } } }
  ... on Initiative { aliases kind code ${S} organisations { organisation { ${REF} } role } discussedAt { id title date } }
  ... on Document { kind caseNumbers source }
} }`;

// Typenames for the links: the query asks for id and name only where the kind is known from the field.
const as = (kind, n) => n && { ...n, __typename: kind };
const org = n => link(as('Organisation', n));
const person = n => link(as('Person', n));
const roleText = x => [x.role, x.office].filter(Boolean).join(', ');

export async function entityPage(main, id, params, navigate) {
  const at = params.get('at') || today();
  const data = await gql(ENTITY, { id, at });
  const n = data.node;
  if (!n) return main.replaceChildren(h('h1', { tabindex: '-1' }, t().notFound), h('p', {}, id));
  const k = n.__typename;
  document.title = `${displayName(n)} · Mødegraf`;
  const header = h('header', { class: 'entity-header' },
    h('p', { class: `kind-label kind-${k.toLowerCase()}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t().kind[k]),
    h('h1', { tabindex: '-1' }, displayName(n)),
    n.aliases?.filter(a => a !== n.name).length ? h('p', { class: 'aliases' }, `${t().aliases}: `, n.aliases.filter(a => a !== n.name).join(' · ')) : null,
    k !== 'Document' ? h('p', {}, h('a', { class: 'button', href: networkHref(n.id) }, t().showNetwork)) : null);
  const body = { Person: personBody, Forum: forumBody, Meeting: meetingBody, Organisation: organisationBody, Initiative: initiativeBody, Document: documentBody }[k](n, { at, id, navigate });
  const own = n.sources ? h('section', {}, h('h2', {}, t().sources), sourcesBlock(n.sources, true)) : null;
  main.replaceChildren(h('article', { class: 'entity' }, header, body, own));
}

function personBody(p) {
  return [
    table(t().seats, [t().forum, t().role, t().representing, t().from, t().to, t().source],
      p.memberships.map(m => [link(as('Forum', m.forum)), roleText(m), org(m.representing), formatDate(m.from), formatDate(m.to), sourcesBlock(m.sources)])),
    table(t().attendance, [t().meeting, t().date, t().status, t().role, t().representing, t().substituteFor, t().source],
      p.attendance.map(a => [link(as('Meeting', a.meeting)), formatDate(a.meeting.date), statusCell(a), roleText(a), org(a.representing), person(a.substituteFor), sourcesBlock(a.sources)])),
    table(t().affiliations, [t().organisation, t().title], p.affiliations.map(a => [org(a.organisation), a.title || ''])),
  ];
}

function statusCell(a) {
  return h('span', { class: `status status-${a.status.toLowerCase()}` }, t().statusName[a.status],
    a.status === 'GUEST' && a.agendaItems?.length ? ` (${t().agendaItems.toLowerCase()} ${a.agendaItems.join(', ')})` : '');
}

function forumBody(f, { at, id, navigate }) {
  const picker = h('input', { type: 'date', id: 'members-at', value: at, onchange: e => e.target.value && navigate(`#/e/${encodeURIComponent(id)}?at=${e.target.value}`) });
  return [
    h('p', { class: 'date-picker' }, h('label', { for: 'members-at' }, `${t().membersOn} `), picker),
    table(`${t().members} (${f.members.length})`, [t().person, t().role, t().representing, t().from, t().to, t().source],
      f.members.map(m => [person(m.person), roleText(m), org(m.representing), formatDate(m.from), formatDate(m.to), sourcesBlock(m.sources)])),
    table(t().organisations, [t().organisation, t().role], f.organisations.map(o => [org(o.organisation), o.role || ''])),
    table(t().meetings, [t().date, t().meeting, t().place], f.meetings.map(m => [formatDate(m.date), link(as('Meeting', m)), m.location || ''])),
  ];
}

function meetingBody(m) {
  // Minutes give Danish local times: show them as such wherever the reader is.
  const clock = iso => new Date(iso).toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
  const time = m.startsAt ? clock(m.startsAt) + (m.endsAt ? '–' + clock(m.endsAt) : '') : '';
  // Who stood in for an absent member is written on the substitute; show it on the absentee's row too.
  const replacedBy = new Map(m.attendance.filter(a => a.substituteFor).map(a => [a.substituteFor.id, a.person]));
  const groups = ['PRESENT', 'ABSENT', 'GUEST'].map(s => [s, m.attendance.filter(a => a.status === s)]).filter(([, list]) => list.length);
  return [
    h('dl', { class: 'facts' },
      m.date ? [h('dt', {}, t().date), h('dd', {}, formatDate(m.date))] : null,
      time ? [h('dt', {}, t().time), h('dd', {}, time)] : null,
      m.location ? [h('dt', {}, t().place), h('dd', {}, m.location)] : null,
      m.forum ? [h('dt', {}, t().forum), h('dd', {}, link(as('Forum', m.forum)))] : null),
    groups.map(([status, list]) => table(`${t().statusName[status]} (${list.length})`,
      [t().person, t().role, t().representing, status === 'ABSENT' ? t().substitutedBy : t().substituteFor, t().source],
      list.map(a => [person(a.person), roleText(a) + (a.agendaItems?.length ? ` (${t().agendaItems.toLowerCase()} ${a.agendaItems.join(', ')})` : ''),
        org(a.representing), status === 'ABSENT' ? person(replacedBy.get(a.person.id)) : person(a.substituteFor), sourcesBlock(a.sources)]))),
    h('section', {}, h('h2', {}, t().agenda), m.agenda.length ? h('ol', { class: 'agenda' }, m.agenda.map(item => h('li', { value: item.number ?? null },
      h('h3', {}, item.number != null ? `${t().item} ${item.number}. ` : '', item.title),
      item.decision ? h('p', { class: 'decision' }, h('strong', {}, `${t().decision}: `), item.decision) : null,
      item.initiatives.length ? h('p', {}, `${t().initiatives}: `, item.initiatives.map((i, j) => [j ? ', ' : '', link(as('Initiative', i)), i.kind ? ` (${i.kind})` : ''])) : null)))
      : h('p', { class: 'muted' }, t().none)),
  ];
}

function organisationBody(o) {
  return [
    o.parent ? h('p', {}, `${t().partOf}: `, org(o.parent)) : null,
    table(t().units, [t().name], o.children.map(c => [org(c)])),
    table(t().people, [t().person, t().title], o.people.map(a => [person(a.person), a.title || ''])),
    table(t().forums, [t().name, t().role], o.participations.map(p => [p.forum ? link(as('Forum', p.forum)) : link(as('Initiative', p.initiative)), p.role || ''])),
    table(t().partners, [t().organisation, t().via], o.partners.map(p => [org(p.organisation), p.via.map((v, i) => [i ? ', ' : '', link(v)])])),
  ];
}

function initiativeBody(i) {
  return [
    h('dl', { class: 'facts' }, i.kind ? [h('dt', {}, t().kindField), h('dd', {}, i.kind)] : null, i.code ? [h('dt', {}, t().code), h('dd', {}, i.code)] : null),
    table(t().organisations, [t().organisation, t().role], i.organisations.map(o => [org(o.organisation), o.role || ''])),
    table(t().discussedAt, [t().date, t().meeting], i.discussedAt.map(m => [formatDate(m.date), link(as('Meeting', m))])),
  ];
}

function documentBody(d) {
  return h('dl', { class: 'facts' },
    d.date ? [h('dt', {}, t().date), h('dd', {}, formatDate(d.date))] : null,
    d.kind ? [h('dt', {}, t().kindField), h('dd', {}, d.kind)] : null,
    d.caseNumbers.length ? [h('dt', {}, t().caseNumbers), h('dd', {}, d.caseNumbers.join('; '))] : null,
    d.source ? [h('dt', {}, t().origin), h('dd', {}, d.source)] : null);
}
