// Seed graph from document:de20476768e09235 (004): summary note on KKR Hovedstaden's taskforce for
// uddannelse og rekruttering, period August 2022 to (and including) January 2026. The document names no people.
// "Samtlige 29 kommuner" took part; they are not named, so they are a count (participatingMunicipalities), not edges.

UNWIND [
  {id: 'forum:kkr-hovedstaden', props: {name: 'KKR Hovedstaden', aliases: ['KKR Hovedstaden', 'KKR Hovedstadens'], kind: 'council'}, src: [{doc: 'document:de20476768e09235', f: 1, t: 2}]},
  {id: 'forum:kkr-hovedstaden-taskforce', props: {name: 'KKR Hovedstadens taskforce for uddannelse og rekruttering', aliases: ['KKR Hovedstadens taskforce for uddannelse og rekruttering', 'taskforcen'], kind: 'taskforce', `from`: date('2022-08-01'), `to`: date('2026-01-31'), participatingMunicipalities: 29, events: 34}, src: [{doc: 'document:de20476768e09235', f: 1, t: 6}, {doc: 'document:de20476768e09235', f: 17, t: 23}]},
  {id: 'forum:spu', props: {name: 'Strategisk Partnerskab om Uddannelse', aliases: ['Strategisk Partnerskab om Uddannelse', 'SPU'], kind: 'partnership'}, src: [{doc: 'document:de20476768e09235', f: 97, t: 101}, {doc: 'document:de20476768e09235', f: 104, t: 104}]}
] AS row
MERGE (n:Forum {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'forum:kkr-hovedstaden-taskforce', b: 'forum:kkr-hovedstaden', props: {}, sources: ['document:de20476768e09235@1-2']}
] AS row
MATCH (a:Forum {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props, r.sources = row.sources;

// KP hosts SPU (inferred from the kp.dk address of SPU, see README)
UNWIND [
  {a: 'org:kp', b: 'forum:spu', props: {role: 'host'}, sources: ['document:de20476768e09235@104-104']}
] AS row
MATCH (a:Organisation {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
SET r += row.props, r.sources = row.sources;

// An indsats of the taskforce on the SOSU area
UNWIND [
  {id: 'initiative:det-faelles-faglige-overgangsrum', props: {name: 'Det Fælles Faglige Overgangsrum', aliases: ['Det Fælles Faglige Overgangsrum', 'Det Fzelles Faglige Overgangsrum'], kind: 'indsats', code: null}, src: [{doc: 'document:de20476768e09235', f: 35, t: 38}]}
] AS row
MERGE (n:Initiative {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);
