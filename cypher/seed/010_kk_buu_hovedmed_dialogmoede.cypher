// Seed graph from document:cf6ccfb19fde0c2c (000): summary of the dialogue meeting between BUU and
// HovedMED, 4 February 2026 (Københavns Kommune, Børne- og Ungdomsforvaltningen), dated 13-02-2026.
// Three stations = three agenda items; ten distinct initiatives ("Pulje til fastholdelse og rekruttering"
// is discussed at stations 1 and 2 but is one initiative). No participants are named in the document.

// Forums
UNWIND [
  {id: 'forum:kk-buu', props: {name: 'BUU', aliases: ['BUU'], kind: 'committee'}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 1, t: 3}]},
  {id: 'forum:hovedmed-buf', props: {name: 'HovedMED (Børne- og Ungdomsforvaltningen)', aliases: ['HovedMED (Børne- og Ungdomsforvaltningen)', 'HovedMED'], kind: 'med'}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 2, t: 4}]}
] AS row
MERGE (n:Forum {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

// BUF hosts its HovedMED (inferred: the document carries the BUF address, see README)
UNWIND [
  {a: 'org:kk-buf', b: 'forum:hovedmed-buf', props: {role: 'host'}, sources: ['document:cf6ccfb19fde0c2c@1-4', 'document:cf6ccfb19fde0c2c@43-44']}
] AS row
MATCH (a:Organisation {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
SET r += row.props, r.sources = row.sources;

// The case handler (Sagsbehandler); attributed to BUF from the document address, see README
UNWIND [
  {a: 'person:axel-nordqvist', b: 'org:kk-buf', props: {title: 'Sagsbehandler'}, sources: ['document:cf6ccfb19fde0c2c@13-14', 'document:cf6ccfb19fde0c2c@43-44']}
] AS row
MATCH (a:Person {id: row.a})
MATCH (b:Organisation {id: row.b})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
SET r += row.props, r.sources = row.sources;

// The meeting
UNWIND [
  {id: 'meeting:buu-hovedmed-buf-2026-02-04', props: {title: 'Dialogmøde mellem BUU og HovedMED', date: date('2026-02-04'), startsAt: null, endsAt: null, location: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 1, t: 3}]}
] AS row
MERGE (n:Meeting {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

// A joint meeting of two forums; HovedMED is the primary one
UNWIND [
  {a: 'meeting:buu-hovedmed-buf-2026-02-04', b: 'forum:hovedmed-buf', props: {primary: true}, sources: ['document:cf6ccfb19fde0c2c@1-2']},
  {a: 'meeting:buu-hovedmed-buf-2026-02-04', b: 'forum:kk-buu', props: {primary: false}, sources: ['document:cf6ccfb19fde0c2c@1-2']}
] AS row
MATCH (a:Meeting {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:OF]->(b)
SET r += row.props, r.sources = row.sources;

// One agenda item per station
UNWIND [
  {id: 'item:buu-hovedmed-buf-2026-02-04-station-1', props: {number: 1, title: 'Station 1 - Undervisning', decision: null, `order`: 1}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 27, t: 65}]},
  {id: 'item:buu-hovedmed-buf-2026-02-04-station-2', props: {number: 2, title: 'Station 2 - Dagtilbud', decision: null, `order`: 2}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 67, t: 103}]},
  {id: 'item:buu-hovedmed-buf-2026-02-04-station-3', props: {number: 3, title: 'Station 3 - Kapacitet og administration', decision: null, `order`: 3}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 105, t: 143}]}
] AS row
MERGE (n:AgendaItem {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'meeting:buu-hovedmed-buf-2026-02-04', b: 'item:buu-hovedmed-buf-2026-02-04-station-1', props: {}, sources: ['document:cf6ccfb19fde0c2c@27-65']},
  {a: 'meeting:buu-hovedmed-buf-2026-02-04', b: 'item:buu-hovedmed-buf-2026-02-04-station-2', props: {}, sources: ['document:cf6ccfb19fde0c2c@67-103']},
  {a: 'meeting:buu-hovedmed-buf-2026-02-04', b: 'item:buu-hovedmed-buf-2026-02-04-station-3', props: {}, sources: ['document:cf6ccfb19fde0c2c@105-143']}
] AS row
MATCH (a:Meeting {id: row.a})
MATCH (b:AgendaItem {id: row.b})
MERGE (a)-[r:HAS_ITEM]->(b)
SET r += row.props, r.sources = row.sources;

// The ten initiatives discussed, with kind as written in parentheses
UNWIND [
  {id: 'initiative:decentralisering-af-svoemmeundervisning', props: {name: 'Decentralisering af svømmeundervisning', aliases: ['Decentralisering af svømmeundervisning', 'Decentralisering af svemmeundervisning'], kind: 'investeringsforslag', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 28, t: 28}]},
  {id: 'initiative:taskforce-undervisningstilbud-anbragte-boern', props: {name: 'Taskforce vedr. undervisningstilbud til anbragte børn', aliases: ['Taskforce vedr. undervisningstilbud til anbragte børn', 'Taskforce vedr. undervisningstilbud til anbragte bern'], kind: 'investeringsforslag', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 40, t: 41}]},
  {id: 'initiative:specialkoersel-selvmestring', props: {name: 'Specialkørsel - investering i selvmestring', aliases: ['Specialkørsel - investering i selvmestring', 'Specialkarsel - investering i selvmestring'], kind: 'investeringsforslag', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 46, t: 46}]},
  {id: 'initiative:pulje-fastholdelse-og-rekruttering', props: {name: 'Pulje til fastholdelse og rekruttering', aliases: ['Pulje til fastholdelse og rekruttering'], kind: 'udløb', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 53, t: 53}, {doc: 'document:cf6ccfb19fde0c2c', f: 83, t: 83}]},
  {id: 'initiative:unge-som-ressource-i-dagtilbud', props: {name: 'Unge som en ressource i dagtilbud', aliases: ['Unge som en ressource i dagtilbud'], kind: 'investeringsforslag', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 68, t: 68}]},
  {id: 'initiative:kvalitetsloeft-dagtilbud-udsatte-omraader', props: {name: 'Kvalitetsløft af dagtilbud i udsatte områder', aliases: ['Kvalitetsløft af dagtilbud i udsatte områder', 'Kvalitetsleft af dagtilbud i udsatte omrader'], kind: 'udløb', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 98, t: 98}]},
  {id: 'initiative:automatisering-fakturahaandtering-but', props: {name: 'Automatisering af fakturahåndtering i BUT', aliases: ['Automatisering af fakturahåndtering i BUT', 'Automatisering af fakturahandtering i BUT'], kind: 'investeringsforslag', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 106, t: 106}]},
  {id: 'initiative:billigere-og-bedre-gulvvask', props: {name: 'Billigere og bedre gulvvask', aliases: ['Billigere og bedre gulvvask'], kind: 'investeringsforslag', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 118, t: 118}]},
  {id: 'initiative:arealoptimering-kkfo-almenskoler', props: {name: 'Arealoptimering af KKFO på almenskoler', aliases: ['Arealoptimering af KKFO på almenskoler', 'Arealoptimering af KKFO pa almenskoler'], kind: 'investeringsforslag', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 130, t: 130}]},
  {id: 'initiative:helhedsorienteret-familieindsats-noerrebro-bispebjerg', props: {name: 'Helhedsorienteret familieindsats på Nørrebro og Bispebjerg', aliases: ['Helhedsorienteret familieindsats på Nørrebro og Bispebjerg', 'Helhedsorienteret familieindsats pa Nerrebro og Bispebjerg'], kind: 'udløb', code: null}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 139, t: 139}]}
] AS row
MERGE (n:Initiative {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-1', b: 'initiative:decentralisering-af-svoemmeundervisning', props: {}, sources: ['document:cf6ccfb19fde0c2c@28-38']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-1', b: 'initiative:taskforce-undervisningstilbud-anbragte-boern', props: {}, sources: ['document:cf6ccfb19fde0c2c@40-45']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-1', b: 'initiative:specialkoersel-selvmestring', props: {}, sources: ['document:cf6ccfb19fde0c2c@46-52']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-1', b: 'initiative:pulje-fastholdelse-og-rekruttering', props: {}, sources: ['document:cf6ccfb19fde0c2c@53-63']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-2', b: 'initiative:unge-som-ressource-i-dagtilbud', props: {}, sources: ['document:cf6ccfb19fde0c2c@68-81']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-2', b: 'initiative:pulje-fastholdelse-og-rekruttering', props: {}, sources: ['document:cf6ccfb19fde0c2c@83-97']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-2', b: 'initiative:kvalitetsloeft-dagtilbud-udsatte-omraader', props: {}, sources: ['document:cf6ccfb19fde0c2c@98-101']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-3', b: 'initiative:automatisering-fakturahaandtering-but', props: {}, sources: ['document:cf6ccfb19fde0c2c@106-117']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-3', b: 'initiative:billigere-og-bedre-gulvvask', props: {}, sources: ['document:cf6ccfb19fde0c2c@118-129']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-3', b: 'initiative:arealoptimering-kkfo-almenskoler', props: {}, sources: ['document:cf6ccfb19fde0c2c@130-138']},
  {a: 'item:buu-hovedmed-buf-2026-02-04-station-3', b: 'initiative:helhedsorienteret-familieindsats-noerrebro-bispebjerg', props: {}, sources: ['document:cf6ccfb19fde0c2c@139-143']}
] AS row
MATCH (a:AgendaItem {id: row.a})
MATCH (b:Initiative {id: row.b})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props, r.sources = row.sources;
