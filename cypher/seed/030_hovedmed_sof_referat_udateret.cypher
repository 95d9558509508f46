// Seed graph from document:84423de965432c33 (002): undated minutes of HovedMED, Socialforvaltningen
// (Københavns Kommune). The meeting date is not in the document: Meeting.date is null.
// Everyone who speaks in the minutes is recorded as PRESENT; no attendance list is given.
// Agenda numbers 1, 2 and 4 are printed; the other items have number null (order keeps their position).

UNWIND [
  {id: 'meeting:hovedmed-sof-undated-budget-2026', props: {title: 'HovedMED (Socialforvaltningen), møde uden dato (budget 2026)', date: null, startsAt: null, endsAt: null, location: null}, src: [{doc: 'document:84423de965432c33', f: 1, t: 1}]}
] AS row
MERGE (n:Meeting {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'meeting:hovedmed-sof-undated-budget-2026', b: 'forum:hovedmed-sof', props: {primary: true}, sources: ['document:84423de965432c33@1-7']}
] AS row
MATCH (a:Meeting {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:OF]->(b)
SET r += row.props, r.sources = row.sources;

UNWIND [
  {id: 'item:hovedmed-sof-undated-budget-2026-1', props: {number: 1, title: 'Godkendelse af dagsorden', decision: 'Dagsordenen blev godkendt uden yderligere bemærkninger.', `order`: 1}, src: [{doc: 'document:84423de965432c33', f: 3, t: 4}]},
  {id: 'item:hovedmed-sof-undated-budget-2026-2', props: {number: 2, title: 'Status på omorganiseringen i SOF', decision: null, `order`: 2}, src: [{doc: 'document:84423de965432c33', f: 5, t: 47}]},
  {id: 'item:hovedmed-sof-undated-budget-2026-budgetmateriale-2026', props: {number: null, title: 'Drøftelse af budgetmateriale 2026', decision: null, `order`: 3}, src: [{doc: 'document:84423de965432c33', f: 49, t: 279}]},
  {id: 'item:hovedmed-sof-undated-budget-2026-4', props: {number: 4, title: 'Arbejdspladsvurdering efter administrative flytninger', decision: null, `order`: 4}, src: [{doc: 'document:84423de965432c33', f: 281, t: 324}]},
  {id: 'item:hovedmed-sof-undated-budget-2026-trivselsundersoegelse-25', props: {number: null, title: 'Opfølgning på Trivselsundersøgelsen 25', decision: null, `order`: 5}, src: [{doc: 'document:84423de965432c33', f: 326, t: 417}]},
  {id: 'item:hovedmed-sof-undated-budget-2026-meddelelser', props: {number: null, title: 'Meddelelser', decision: 'Der blev ikke givet nogle meddelelser.', `order`: 6}, src: [{doc: 'document:84423de965432c33', f: 419, t: 420}]},
  {id: 'item:hovedmed-sof-undated-budget-2026-eventuelt', props: {number: null, title: 'Eventuelt', decision: null, `order`: 7}, src: [{doc: 'document:84423de965432c33', f: 422, t: 425}]}
] AS row
MERGE (n:AgendaItem {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'meeting:hovedmed-sof-undated-budget-2026', b: 'item:hovedmed-sof-undated-budget-2026-1', props: {}, sources: ['document:84423de965432c33@3-4']},
  {a: 'meeting:hovedmed-sof-undated-budget-2026', b: 'item:hovedmed-sof-undated-budget-2026-2', props: {}, sources: ['document:84423de965432c33@5-47']},
  {a: 'meeting:hovedmed-sof-undated-budget-2026', b: 'item:hovedmed-sof-undated-budget-2026-budgetmateriale-2026', props: {}, sources: ['document:84423de965432c33@49-279']},
  {a: 'meeting:hovedmed-sof-undated-budget-2026', b: 'item:hovedmed-sof-undated-budget-2026-4', props: {}, sources: ['document:84423de965432c33@281-324']},
  {a: 'meeting:hovedmed-sof-undated-budget-2026', b: 'item:hovedmed-sof-undated-budget-2026-trivselsundersoegelse-25', props: {}, sources: ['document:84423de965432c33@326-417']},
  {a: 'meeting:hovedmed-sof-undated-budget-2026', b: 'item:hovedmed-sof-undated-budget-2026-meddelelser', props: {}, sources: ['document:84423de965432c33@419-420']},
  {a: 'meeting:hovedmed-sof-undated-budget-2026', b: 'item:hovedmed-sof-undated-budget-2026-eventuelt', props: {}, sources: ['document:84423de965432c33@422-425']}
] AS row
MATCH (a:Meeting {id: row.a})
MATCH (b:AgendaItem {id: row.b})
MERGE (a)-[r:HAS_ITEM]->(b)
SET r += row.props, r.sources = row.sources;

// Budget 2026 proposals discussed under "Drøftelse af budgetmateriale 2026"
UNWIND [
  {id: 'initiative:ud-si01-loft', props: {name: 'Nyt intensivt §85 døgnstøttetilbud ("LOFT")', aliases: ['Nyt intensivt §85 døgnstøttetilbud ("LOFT")', 'Nyt intensivt §85 degnstattetilbud ("LOFT")', 'UD/SI01', 'UD/S101', 'LOFT'], kind: 'investeringsforslag', code: 'UD/SI01', budgetYear: 2026}, src: [{doc: 'document:84423de965432c33', f: 168, t: 168}, {doc: 'document:84423de965432c33', f: 107, t: 107}, {doc: 'document:84423de965432c33', f: 120, t: 122}, {doc: 'document:84423de965432c33', f: 149, t: 149}]},
  {id: 'initiative:tv01-digitalt-samtykke', props: {name: 'Digitalt Samtykke i Socialforvaltningens fagsystemer', aliases: ['Digitalt Samtykke i Socialforvaltningens fagsystemer', 'TV01', 'TVO01'], kind: 'budgetforslag', code: 'TV01', budgetYear: 2026}, src: [{doc: 'document:84423de965432c33', f: 216, t: 216}]},
  {id: 'initiative:innovationsforslag-data-sof-bif', props: {name: 'Analyse af indsamling, deling og anvendelse af data ml. SOF og BIF', aliases: ['Analyse af indsamling, deling og anvendelse af data ml. SOF og BIF'], kind: 'innovationsforslag', code: null, budgetYear: 2026}, src: [{doc: 'document:84423de965432c33', f: 223, t: 224}]}
] AS row
MERGE (n:Initiative {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'item:hovedmed-sof-undated-budget-2026-budgetmateriale-2026', b: 'initiative:ud-si01-loft', props: {}, sources: ['document:84423de965432c33@168-168']},
  {a: 'item:hovedmed-sof-undated-budget-2026-budgetmateriale-2026', b: 'initiative:tv01-digitalt-samtykke', props: {}, sources: ['document:84423de965432c33@216-216']},
  {a: 'item:hovedmed-sof-undated-budget-2026-budgetmateriale-2026', b: 'initiative:innovationsforslag-data-sof-bif', props: {}, sources: ['document:84423de965432c33@223-224']}
] AS row
MATCH (a:AgendaItem {id: row.a})
MATCH (b:Initiative {id: row.b})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props, r.sources = row.sources;

UNWIND [
  {a: 'org:kk-sof', b: 'initiative:ud-si01-loft', props: {role: 'proposer'}, sources: ['document:84423de965432c33@147-151']},
  {a: 'org:kk-sof', b: 'initiative:innovationsforslag-data-sof-bif', props: {role: 'party'}, sources: ['document:84423de965432c33@223-224']},
  {a: 'org:kk-bif', b: 'initiative:innovationsforslag-data-sof-bif', props: {role: 'party'}, sources: ['document:84423de965432c33@223-224']}
] AS row
MATCH (a:Organisation {id: row.a})
MATCH (b:Initiative {id: row.b})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
SET r += row.props, r.sources = row.sources;

// People who speak in the minutes
UNWIND [
  {a: 'person:simon-pasquali', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@50-50', 'document:84423de965432c33@96-96']},
  {a: 'person:helle-haslund', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@82-82', 'document:84423de965432c33@87-87']},
  {a: 'person:eughtina-birkedahl', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@111-111', 'document:84423de965432c33@226-226']},
  {a: 'person:pernille-robertson-gaff', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@124-124', 'document:84423de965432c33@185-185']},
  {a: 'person:helle-hummelgaard-nielsen', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@212-212', 'document:84423de965432c33@274-274']},
  {a: 'person:katrine-ring', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@269-269', 'document:84423de965432c33@285-285', 'document:84423de965432c33@424-424']},
  {a: 'person:bettina-ruben', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@292-292', 'document:84423de965432c33@321-321']},
  {a: 'person:jack-cassina', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@347-347', 'document:84423de965432c33@362-362']},
  {a: 'person:tine-kock-nielsen', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@355-355', 'document:84423de965432c33@365-365']},
  {a: 'person:helle-holm', b: 'meeting:hovedmed-sof-undated-budget-2026', props: {status: 'PRESENT'}, sources: ['document:84423de965432c33@394-394']}
] AS row
MATCH (a:Person {id: row.a})
MATCH (b:Meeting {id: row.b})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props, r.sources = row.sources;
