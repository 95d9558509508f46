// Danish first; English as a toggle. The choice is remembered in this browser.
const STRINGS = {
  da: {
    appName: 'Mødegraf', tagline: 'Hvem sidder hvor, med hvem, på hvis vegne', skip: 'Spring til indhold',
    searchLabel: 'Søg efter person, organisation, forum, møde …', searchPlaceholder: 'Søg, fx Kgbenhavn eller Medom',
    noHits: 'Ingen resultater', hits: n => `${n} resultater`, searching: 'Søger …', langToggle: 'English', langToggleLabel: 'Switch to English',
    graphiql: 'GraphiQL (API)', home: 'Forside', loading: 'Henter …', error: 'Der skete en fejl', notFound: 'Findes ikke',
    intro: 'Søg efter en person, en organisation, et forum eller et møde. Hver side viser, hvor oplysningerne står i kildedokumenterne. Netværkskortet viser, hvordan de hænger sammen.',
    examples: 'Eksempler',
    kinds: { Person: 'Personer', Organisation: 'Organisationer', Forum: 'Fora', Meeting: 'Møder', Initiative: 'Initiativer', Document: 'Dokumenter', more: 'Flere' },
    kind: { Person: 'Person', Organisation: 'Organisation', Forum: 'Forum', Meeting: 'Møde', Initiative: 'Initiativ', Document: 'Dokument', more: 'Flere' },
    aliases: 'Også skrevet', showNetwork: 'Vis netværk', sources: 'Kilder', source: 'Kilde', lines: 'linje', noSource: 'Ingen kilde registreret',
    seats: 'Pladser', attendance: 'Fremmøde', affiliations: 'Tilknytninger', members: 'Medlemmer', meetings: 'Møder',
    organisations: 'Organisationer', agenda: 'Dagsorden', decision: 'Beslutning', units: 'Enheder', partOf: 'Del af', people: 'Personer',
    forums: 'Fora og initiativer', partners: 'Samarbejdspartnere', via: 'Gennem', discussedAt: 'Behandlet på', initiatives: 'Initiativer',
    forum: 'Forum', role: 'Rolle', office: 'Post', representing: 'På vegne af', from: 'Fra', to: 'Til', meeting: 'Møde', date: 'Dato',
    status: 'Status', substituteFor: 'Stedfortræder for', substitutedBy: 'Erstattet af', person: 'Person', organisation: 'Organisation',
    title: 'Titel', name: 'Navn', number: 'Nr.', item: 'Punkt', kindField: 'Art', code: 'Kode', place: 'Sted', time: 'Tid',
    caseNumbers: 'Sagsnumre', origin: 'Oprindelse', membersOn: 'Medlemmer pr.', none: 'Ingen',
    statusName: { PRESENT: 'Til stede', ABSENT: 'Afbud', GUEST: 'Gæst' }, agendaItems: 'Punkter',
    network: 'Netværk', depth: 'Dybde', filterKinds: 'Vis slags', asOf: 'Som på dato', allDates: 'Alle datoer',
    asOfHelp: 'Medlemskaber, der ikke gælder på datoen, fjernes.', connect: 'Hvordan er de forbundet?', connectTo: 'Forbind med …',
    noPath: 'Ingen forbindelse inden for 6 led.', pathOf: n => `Korteste vej: ${n} led`, clearPath: 'Ryd vej',
    exportPng: 'Gem PNG', exportSvg: 'Gem SVG', expand: 'Udvid', open: 'Åbn side', makeCenter: 'Gør til centrum',
    nodesEdges: (n, e) => `${n} knuder, ${e} forbindelser`, andMore: n => `og ${n} flere`, asList: 'Som liste',
    mapLabel: 'Netværkskort. Brug listen nedenfor med tastatur eller skærmlæser.', help: 'Klik: detaljer. Dobbeltklik: udvid naboer. Klik på en forbindelse: kilde.',
    selectHint: 'Vælg en knude eller en forbindelse i kortet.', evidence: 'Belæg', relation: 'Relation', endpointSources: 'Kilder for de to ender',
    edgeType: { MEMBER_OF: 'medlem af', PARTICIPATED_IN: 'deltog i', AFFILIATED_WITH: 'tilknyttet', PART_OF: 'del af', PARTICIPATES_IN: 'deltager i', OF: 'møde i', MORE: 'flere' },
    legend: 'Signaturforklaring', yes: 'ja',
  },
  en: {
    appName: 'Mødegraf', tagline: 'Who sits where, with whom, on whose behalf', skip: 'Skip to content',
    searchLabel: 'Search for a person, organisation, forum, meeting …', searchPlaceholder: 'Search, e.g. Kgbenhavn or Medom',
    noHits: 'No results', hits: n => `${n} results`, searching: 'Searching …', langToggle: 'Dansk', langToggleLabel: 'Skift til dansk',
    graphiql: 'GraphiQL (API)', home: 'Home', loading: 'Loading …', error: 'Something went wrong', notFound: 'Not found',
    intro: 'Search for a person, an organisation, a forum or a meeting. Every page shows where the facts are written in the source documents. The network map shows how they are connected.',
    examples: 'Examples',
    kinds: { Person: 'People', Organisation: 'Organisations', Forum: 'Forums', Meeting: 'Meetings', Initiative: 'Initiatives', Document: 'Documents', more: 'More' },
    kind: { Person: 'Person', Organisation: 'Organisation', Forum: 'Forum', Meeting: 'Meeting', Initiative: 'Initiative', Document: 'Document', more: 'More' },
    aliases: 'Also written', showNetwork: 'Show network', sources: 'Sources', source: 'Source', lines: 'line', noSource: 'No source recorded',
    seats: 'Seats', attendance: 'Attendance', affiliations: 'Affiliations', members: 'Members', meetings: 'Meetings',
    organisations: 'Organisations', agenda: 'Agenda', decision: 'Decision', units: 'Units', partOf: 'Part of', people: 'People',
    forums: 'Forums and initiatives', partners: 'Partners', via: 'Through', discussedAt: 'Discussed at', initiatives: 'Initiatives',
    forum: 'Forum', role: 'Role', office: 'Office', representing: 'On behalf of', from: 'From', to: 'To', meeting: 'Meeting', date: 'Date',
    status: 'Status', substituteFor: 'Substitute for', substitutedBy: 'Replaced by', person: 'Person', organisation: 'Organisation',
    title: 'Title', name: 'Name', number: 'No.', item: 'Item', kindField: 'Kind', code: 'Code', place: 'Place', time: 'Time',
    caseNumbers: 'Case numbers', origin: 'Origin', membersOn: 'Members on', none: 'None',
    statusName: { PRESENT: 'Present', ABSENT: 'Apologies (afbud)', GUEST: 'Guest' }, agendaItems: 'Items',
    network: 'Network', depth: 'Depth', filterKinds: 'Show kinds', asOf: 'As of date', allDates: 'All dates',
    asOfHelp: 'Memberships not valid on the date are dropped.', connect: 'How are these two connected?', connectTo: 'Connect to …',
    noPath: 'No connection within 6 steps.', pathOf: n => `Shortest path: ${n} steps`, clearPath: 'Clear path',
    exportPng: 'Save PNG', exportSvg: 'Save SVG', expand: 'Expand', open: 'Open page', makeCenter: 'Make centre',
    nodesEdges: (n, e) => `${n} nodes, ${e} edges`, andMore: n => `and ${n} more`, asList: 'As a list',
    mapLabel: 'Network map. Use the list below with a keyboard or screen reader.', help: 'Click: details. Double-click: expand neighbours. Click an edge: its source.',
    selectHint: 'Select a node or an edge in the map.', evidence: 'Evidence', relation: 'Relation', endpointSources: 'Sources of the two ends',
    edgeType: { MEMBER_OF: 'member of', PARTICIPATED_IN: 'took part in', AFFILIATED_WITH: 'affiliated with', PART_OF: 'part of', PARTICIPATES_IN: 'participates in', OF: 'meeting of', MORE: 'more' },
    legend: 'Legend', yes: 'yes',
  },
};

let lang = localStorage.getItem('moedegraf.lang') === 'en' ? 'en' : 'da';

export const t = () => STRINGS[lang];
export const currentLang = () => lang;
export function setLang(l) {
  lang = l === 'en' ? 'en' : 'da';
  localStorage.setItem('moedegraf.lang', lang);
  document.documentElement.lang = lang;
}
document.documentElement.lang = lang;

export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? iso + 'T12:00:00' : iso);
  return d.toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' });
}
