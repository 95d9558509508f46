// Seed graph from document:3dcae9275e4baeff (001): MBU (Børn og Unge, Aarhus Kommune) rådmandsmøde
// 17-08-2021 (agenda with attachments: beslutningsmemo and notat on the BUPL partnership, BUPL's e-mail and
// project description, table of collaboration forums, beslutningsmemo on the kvalitetsrapport) and the
// minutes of the rådmandsmøde 11-08-2021 that are bundled in the same file.

// Forums (meeting series, partnership, collaboration forums from bilag 5, councils)
UNWIND [
  {id: 'forum:mbu-raadmandsmoede', props: {name: 'MBU - Rådmandsmøde', aliases: ['MBU - Rådmandsmøde', 'Rådmandsmøde'], kind: 'meeting-series'}, src: [{doc: 'document:3dcae9275e4baeff', f: 2, t: 2}, {doc: 'document:3dcae9275e4baeff', f: 64, t: 64}]},
  {id: 'forum:bupl-partnerskab', props: {name: 'Partnerskab om rekruttering og fastholdelse af pædagoger', aliases: ['Partnerskab om rekruttering og fastholdelse af pædagoger', 'Partnerskab med BUPL om rekruttering og fastholdelse af pædagoger', 'spydspidspartnerskab', 'Spydspidsinitiativet'], kind: 'partnership', `from`: date('2021-08-01'), `to`: date('2022-06-30')}, src: [{doc: 'document:3dcae9275e4baeff', f: 186, t: 187}, {doc: 'document:3dcae9275e4baeff', f: 270, t: 272}, {doc: 'document:3dcae9275e4baeff', f: 316, t: 316}, {doc: 'document:3dcae9275e4baeff', f: 333, t: 335}, {doc: 'document:3dcae9275e4baeff', f: 374, t: 380}, {doc: 'document:3dcae9275e4baeff', f: 406, t: 409}]},
  {id: 'forum:strategisk-forum', props: {name: 'Strategisk Forum', aliases: ['Strategisk Forum', 'Strategisk Forum (samarbejde mellem AAK og VIA)'], kind: 'collaboration'}, src: [{doc: 'document:3dcae9275e4baeff', f: 514, t: 515}]},
  {id: 'forum:praktikcase-arbejdsgruppe', props: {name: 'Arbejdsgruppe om praktikcase for pædagogstuderende', aliases: ['Arbejdsgruppe om praktikcase for pædagogstuderende'], kind: 'working-group'}, src: [{doc: 'document:3dcae9275e4baeff', f: 531, t: 533}]},
  {id: 'forum:alliancen-paedagogiske-grundlag', props: {name: 'Alliancen om det pædagogiske grundlag', aliases: ['Alliancen om det pædagogiske grundlag', 'Alliancen'], kind: 'alliance'}, src: [{doc: 'document:3dcae9275e4baeff', f: 553, t: 561}]},
  {id: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {name: 'Meritpædagoguddannelsen Følgegruppe', aliases: ['Meritpædagoguddannelsen Følgegruppe'], kind: 'committee'}, src: [{doc: 'document:3dcae9275e4baeff', f: 597, t: 598}]},
  {id: 'forum:faelles-rekrutteringsindsats', props: {name: 'Fælles Rekrutteringsindsats', aliases: ['Fælles Rekrutteringsindsats'], kind: 'collaboration'}, src: [{doc: 'document:3dcae9275e4baeff', f: 619, t: 622}]},
  {id: 'forum:samarbejde-kk-aak', props: {name: 'Samarbejde mellem Københavns Kommune og Aarhus Kommune', aliases: ['Samarbejde mellem Københavns Kommune og Aarhus Kommune', 'Samarbejde mellem Københavns kommune og Aarhus Kommune'], kind: 'collaboration'}, src: [{doc: 'document:3dcae9275e4baeff', f: 648, t: 654}]},
  {id: 'forum:aak-magistraten', props: {name: 'Magistraten', aliases: ['Magistraten', 'Møde i Magistraten'], kind: 'council'}, src: [{doc: 'document:3dcae9275e4baeff', f: 656, t: 657}]},
  {id: 'forum:aak-direktoergruppen', props: {name: 'Direktørgruppen', aliases: ['Direktørgruppen'], kind: 'committee'}, src: [{doc: 'document:3dcae9275e4baeff', f: 658, t: 658}]},
  {id: 'forum:aak-psg', props: {name: 'PSG', aliases: ['PSG'], kind: 'committee'}, src: [{doc: 'document:3dcae9275e4baeff', f: 659, t: 659}]},
  {id: 'forum:6-by-netvaerk', props: {name: '6-by-netværk med fokus på dagtilbud', aliases: ['6-by-netværk med fokus på dagtilbud', '6-by-netværk'], kind: 'network', meetingsPerYear: 2}, src: [{doc: 'document:3dcae9275e4baeff', f: 665, t: 670}]},
  {id: 'forum:kkr-midtjylland', props: {name: 'KKR Midtjylland', aliases: ['KKR Midtjylland', 'KKR'], kind: 'council'}, src: [{doc: 'document:3dcae9275e4baeff', f: 694, t: 700}]},
  {id: 'forum:kkr-midtjylland-uddannelsesstyregruppen', props: {name: 'Uddannelsesstyregruppen', aliases: ['Uddannelsesstyregruppen', 'KKRs uddannelsesstyregruppe'], kind: 'committee'}, src: [{doc: 'document:3dcae9275e4baeff', f: 699, t: 703}]},
  {id: 'forum:aarhus-byraad', props: {name: 'Byrådet (Aarhus Kommune)', aliases: ['Byrådet (Aarhus Kommune)', 'byrådet', 'Byråd'], kind: 'council'}, src: [{doc: 'document:3dcae9275e4baeff', f: 41, t: 41}, {doc: 'document:3dcae9275e4baeff', f: 731, t: 731}]}
] AS row
MERGE (n:Forum {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

// Working group set up by a forum / styregruppe of KKR
UNWIND [
  {a: 'forum:praktikcase-arbejdsgruppe', b: 'forum:strategisk-forum', props: {}, sources: ['document:3dcae9275e4baeff@531-533']},
  {a: 'forum:kkr-midtjylland-uddannelsesstyregruppen', b: 'forum:kkr-midtjylland', props: {}, sources: ['document:3dcae9275e4baeff@699-700']}
] AS row
MATCH (a:Forum {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props, r.sources = row.sources;

// Organisations taking part in forums (table headings in bilag 5; partnership invitation)
UNWIND [
  {a: 'org:mbu', b: 'forum:mbu-raadmandsmoede', props: {role: 'host'}, sources: ['document:3dcae9275e4baeff@2-2']},
  {a: 'org:bupl', b: 'forum:bupl-partnerskab', props: {role: 'initiator'}, sources: ['document:3dcae9275e4baeff@270-272', 'document:3dcae9275e4baeff@333-335', 'document:3dcae9275e4baeff@406-409']},
  {a: 'org:bupl-aarhus', b: 'forum:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@270-272', 'document:3dcae9275e4baeff@333-335', 'document:3dcae9275e4baeff@406-409']},
  {a: 'org:bupl-hovedstaden', b: 'forum:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@270-272', 'document:3dcae9275e4baeff@333-335', 'document:3dcae9275e4baeff@406-409']},
  {a: 'org:aarhus-kommune', b: 'forum:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@270-272', 'document:3dcae9275e4baeff@333-335', 'document:3dcae9275e4baeff@406-409']},
  {a: 'org:koebenhavns-kommune', b: 'forum:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@270-272', 'document:3dcae9275e4baeff@333-335', 'document:3dcae9275e4baeff@406-409']},
  {a: 'org:via-uc', b: 'forum:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@270-272', 'document:3dcae9275e4baeff@333-335', 'document:3dcae9275e4baeff@406-409']},
  {a: 'org:kp', b: 'forum:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@270-272', 'document:3dcae9275e4baeff@333-335', 'document:3dcae9275e4baeff@406-409']},
  {a: 'org:via-uc', b: 'forum:strategisk-forum', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@514-529']},
  {a: 'org:mbu', b: 'forum:strategisk-forum', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@514-529']},
  {a: 'org:via-uc', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@531-551']},
  {a: 'org:mbu', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@531-551']},
  {a: 'org:via-uc', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@553-595']},
  {a: 'org:bupl', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@553-595']},
  {a: 'org:foa', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@553-595']},
  {a: 'org:sosu-oestjylland', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@553-595']},
  {a: 'org:aalborg-universitet', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@553-595']},
  {a: 'org:mbu', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@553-595']},
  {a: 'org:via-uc', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@597-617']},
  {a: 'org:aarhus-jobcenter', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@597-617']},
  {a: 'org:mbu', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@597-617']},
  {a: 'org:foa', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@597-617']},
  {a: 'org:bupl', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@597-617']},
  {a: 'org:bupl', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@619-646']},
  {a: 'org:bupl-a-kasse', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@619-646']},
  {a: 'org:via-uc', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@619-646']},
  {a: 'org:aarhus-jobcenter', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@619-646']},
  {a: 'org:mbu', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@619-646']},
  {a: 'org:bupl-aarhus', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'initiator'}, sources: ['document:3dcae9275e4baeff@619-622']},
  {a: 'org:koebenhavns-kommune', b: 'forum:samarbejde-kk-aak', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@648-654']},
  {a: 'org:aarhus-kommune', b: 'forum:samarbejde-kk-aak', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@648-654']},
  {a: 'org:aarhus-kommune', b: 'forum:aak-magistraten', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@656-657']},
  {a: 'org:aarhus-kommune', b: 'forum:aak-direktoergruppen', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@656-658']},
  {a: 'org:aarhus-kommune', b: 'forum:aak-psg', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@656-659']},
  {a: 'org:odense-kommune', b: 'forum:6-by-netvaerk', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@670-690']},
  {a: 'org:aalborg-kommune', b: 'forum:6-by-netvaerk', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@670-690']},
  {a: 'org:aarhus-kommune', b: 'forum:6-by-netvaerk', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@670-690']},
  {a: 'org:esbjerg-kommune', b: 'forum:6-by-netvaerk', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@670-690']},
  {a: 'org:randers-kommune', b: 'forum:6-by-netvaerk', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@670-690']},
  {a: 'org:koebenhavns-kommune', b: 'forum:6-by-netvaerk', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@670-690']},
  {a: 'org:mbu', b: 'forum:6-by-netvaerk', props: {role: 'chair'}, sources: ['document:3dcae9275e4baeff@692-692']},
  {a: 'org:mbu', b: 'forum:kkr-midtjylland-uddannelsesstyregruppen', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@702-703']}
] AS row
MATCH (a:Organisation {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
SET r += row.props, r.sources = row.sources;

// The partnership as an initiative (what agenda item 2 on 17-08-2021 concerns); the same partnership as a Forum is above
UNWIND [
  {id: 'initiative:bupl-partnerskab', props: {name: 'Partnerskab om rekruttering og fastholdelse af pædagoger', aliases: ['Partnerskab om rekruttering og fastholdelse af pædagoger', 'spydspidsinitiativ', 'Spydspidsinitiativet'], kind: 'partnership', code: null, `from`: date('2021-08-01'), `to`: date('2022-06-30')}, src: [{doc: 'document:3dcae9275e4baeff', f: 316, t: 316}, {doc: 'document:3dcae9275e4baeff', f: 332, t: 335}, {doc: 'document:3dcae9275e4baeff', f: 374, t: 380}]}
] AS row
MERGE (n:Initiative {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'org:bupl', b: 'initiative:bupl-partnerskab', props: {role: 'initiator'}, sources: ['document:3dcae9275e4baeff@333-335']},
  {a: 'org:bupl-aarhus', b: 'initiative:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@333-335']},
  {a: 'org:bupl-hovedstaden', b: 'initiative:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@333-335']},
  {a: 'org:aarhus-kommune', b: 'initiative:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@333-335']},
  {a: 'org:koebenhavns-kommune', b: 'initiative:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@333-335']},
  {a: 'org:via-uc', b: 'initiative:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@333-335']},
  {a: 'org:kp', b: 'initiative:bupl-partnerskab', props: {role: 'member'}, sources: ['document:3dcae9275e4baeff@333-335']}
] AS row
MATCH (a:Organisation {id: row.a})
MATCH (b:Initiative {id: row.b})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
SET r += row.props, r.sources = row.sources;

// Meetings
UNWIND [
  {id: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {title: 'MBU - Rådmandsmøde', date: date('2021-08-17'), startsAt: datetime('2021-08-17T08:00:00+02:00'), endsAt: datetime('2021-08-17T10:00:00+02:00'), location: 'Via Teams (brug link i kalenderinvitationen)'}, src: [{doc: 'document:3dcae9275e4baeff', f: 2, t: 6}]},
  {id: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {title: 'MBU - Rådmandsmøde', date: date('2021-08-11'), startsAt: datetime('2021-08-11T09:15:00+02:00'), endsAt: datetime('2021-08-11T10:15:00+02:00'), location: 'Rådhuset, lokale 390 (Gæster via teams)'}, src: [{doc: 'document:3dcae9275e4baeff', f: 64, t: 68}]},
  {id: 'meeting:bupl-partnerskab-2021-08-23', props: {title: 'Første møde i partnerskabet om rekruttering og fastholdelse af pædagoger', date: date('2021-08-23'), startsAt: datetime('2021-08-23T11:45:00+02:00'), endsAt: datetime('2021-08-23T13:15:00+02:00'), location: 'virtuelt'}, src: [{doc: 'document:3dcae9275e4baeff', f: 284, t: 284}, {doc: 'document:3dcae9275e4baeff', f: 426, t: 428}]},
  {id: 'meeting:kk-aak-2021-08-16', props: {title: 'Møde mellem Københavns Kommune og Aarhus Kommune', date: date('2021-08-16'), startsAt: null, endsAt: null, location: null}, src: [{doc: 'document:3dcae9275e4baeff', f: 218, t: 220}]},
  {id: 'meeting:aarhus-byraad-2021-08-18', props: {title: 'Byrådsmøde', date: date('2021-08-18'), startsAt: null, endsAt: null, location: null}, src: [{doc: 'document:3dcae9275e4baeff', f: 41, t: 41}, {doc: 'document:3dcae9275e4baeff', f: 103, t: 103}]}
] AS row
MERGE (n:Meeting {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'meeting:mbu-raadmandsmoede-2021-08-17', b: 'forum:mbu-raadmandsmoede', props: {primary: true}, sources: ['document:3dcae9275e4baeff@2-2']},
  {a: 'meeting:mbu-raadmandsmoede-2021-08-11', b: 'forum:mbu-raadmandsmoede', props: {primary: true}, sources: ['document:3dcae9275e4baeff@64-64']},
  {a: 'meeting:bupl-partnerskab-2021-08-23', b: 'forum:bupl-partnerskab', props: {primary: true}, sources: ['document:3dcae9275e4baeff@284-284']},
  {a: 'meeting:kk-aak-2021-08-16', b: 'forum:samarbejde-kk-aak', props: {primary: true}, sources: ['document:3dcae9275e4baeff@218-220']},
  {a: 'meeting:aarhus-byraad-2021-08-18', b: 'forum:aarhus-byraad', props: {primary: true}, sources: ['document:3dcae9275e4baeff@41-41']}
] AS row
MATCH (a:Meeting {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:OF]->(b)
SET r += row.props, r.sources = row.sources;

// Agenda 17-08-2021 (items 6-8 are named only in the guest list, without titles: not created)
UNWIND [
  {id: 'item:mbu-raadmandsmoede-2021-08-17-1', props: {number: 1, title: 'Godkendelse af referat', decision: null, `order`: 1}, src: [{doc: 'document:3dcae9275e4baeff', f: 35, t: 35}, {doc: 'document:3dcae9275e4baeff', f: 47, t: 47}]},
  {id: 'item:mbu-raadmandsmoede-2021-08-17-2', props: {number: 2, title: 'Deltagelse i partnerskab om rekruttering og fastholdelse af pædagoger', decision: null, `order`: 2, responsible: 'person:hardy-pedersen', durationMinutes: 10}, src: [{doc: 'document:3dcae9275e4baeff', f: 37, t: 37}, {doc: 'document:3dcae9275e4baeff', f: 49, t: 52}]},
  {id: 'item:mbu-raadmandsmoede-2021-08-17-3', props: {number: 3, title: 'Scenarier for den kommende kvalitetsrapport på 6-18-årsområdet', decision: null, `order`: 3, responsible: 'person:ole-kiil-jacobsen', durationMinutes: 15}, src: [{doc: 'document:3dcae9275e4baeff', f: 39, t: 39}, {doc: 'document:3dcae9275e4baeff', f: 54, t: 58}]},
  {id: 'item:mbu-raadmandsmoede-2021-08-17-4', props: {number: 4, title: 'Forberedelse til byrådsmøde den 18. august 2021', decision: null, `order`: 4}, src: [{doc: 'document:3dcae9275e4baeff', f: 41, t: 41}, {doc: 'document:3dcae9275e4baeff', f: 60, t: 61}]},
  {id: 'item:mbu-raadmandsmoede-2021-08-17-5', props: {number: 5, title: 'Eventuelt', decision: null, `order`: 5}, src: [{doc: 'document:3dcae9275e4baeff', f: 43, t: 43}, {doc: 'document:3dcae9275e4baeff', f: 63, t: 63}]}
] AS row
MERGE (n:AgendaItem {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

// Minutes 11-08-2021
UNWIND [
  {id: 'item:mbu-raadmandsmoede-2021-08-11-1', props: {number: 1, title: 'Godkendelse af referat', decision: 'Referatet blev godkendt.', `order`: 1}, src: [{doc: 'document:3dcae9275e4baeff', f: 115, t: 119}]},
  {id: 'item:mbu-raadmandsmoede-2021-08-11-2', props: {number: 2, title: 'Procesplan for udmøntning af ny lovgivning om tilsyn i dagtilbud', decision: 'TM godkendte procesplanen.', `order`: 2, responsible: 'person:ole-kiil-jacobsen', durationMinutes: 10}, src: [{doc: 'document:3dcae9275e4baeff', f: 121, t: 153}]},
  {id: 'item:mbu-raadmandsmoede-2021-08-11-3', props: {number: 3, title: 'Forberedelse til byrådsmøde den 18. august 2021', decision: 'Ingen bemærkninger', `order`: 3}, src: [{doc: 'document:3dcae9275e4baeff', f: 155, t: 161}]},
  {id: 'item:mbu-raadmandsmoede-2021-08-11-4', props: {number: 4, title: 'Eventuelt', decision: null, `order`: 4}, src: [{doc: 'document:3dcae9275e4baeff', f: 164, t: 181}]}
] AS row
MERGE (n:AgendaItem {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'meeting:mbu-raadmandsmoede-2021-08-17', b: 'item:mbu-raadmandsmoede-2021-08-17-1', props: {}, sources: ['document:3dcae9275e4baeff@35-35']},
  {a: 'meeting:mbu-raadmandsmoede-2021-08-17', b: 'item:mbu-raadmandsmoede-2021-08-17-2', props: {}, sources: ['document:3dcae9275e4baeff@37-37']},
  {a: 'meeting:mbu-raadmandsmoede-2021-08-17', b: 'item:mbu-raadmandsmoede-2021-08-17-3', props: {}, sources: ['document:3dcae9275e4baeff@39-39']},
  {a: 'meeting:mbu-raadmandsmoede-2021-08-17', b: 'item:mbu-raadmandsmoede-2021-08-17-4', props: {}, sources: ['document:3dcae9275e4baeff@41-41']},
  {a: 'meeting:mbu-raadmandsmoede-2021-08-17', b: 'item:mbu-raadmandsmoede-2021-08-17-5', props: {}, sources: ['document:3dcae9275e4baeff@43-43']},
  {a: 'meeting:mbu-raadmandsmoede-2021-08-11', b: 'item:mbu-raadmandsmoede-2021-08-11-1', props: {}, sources: ['document:3dcae9275e4baeff@115-119']},
  {a: 'meeting:mbu-raadmandsmoede-2021-08-11', b: 'item:mbu-raadmandsmoede-2021-08-11-2', props: {}, sources: ['document:3dcae9275e4baeff@121-153']},
  {a: 'meeting:mbu-raadmandsmoede-2021-08-11', b: 'item:mbu-raadmandsmoede-2021-08-11-3', props: {}, sources: ['document:3dcae9275e4baeff@155-161']},
  {a: 'meeting:mbu-raadmandsmoede-2021-08-11', b: 'item:mbu-raadmandsmoede-2021-08-11-4', props: {}, sources: ['document:3dcae9275e4baeff@164-181']}
] AS row
MATCH (a:Meeting {id: row.a})
MATCH (b:AgendaItem {id: row.b})
MERGE (a)-[r:HAS_ITEM]->(b)
SET r += row.props, r.sources = row.sources;

UNWIND [
  {a: 'item:mbu-raadmandsmoede-2021-08-17-2', b: 'initiative:bupl-partnerskab', props: {}, sources: ['document:3dcae9275e4baeff@37-37', 'document:3dcae9275e4baeff@184-187']}
] AS row
MATCH (a:AgendaItem {id: row.a})
MATCH (b:Initiative {id: row.b})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props, r.sources = row.sources;

// Memberships: standing participants of the rådmandsmøde; members listed per organisation in bilag 5; KKR styregruppe
UNWIND [
  {a: 'person:hans-van-binsbergen', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@10-10', 'document:3dcae9275e4baeff@72-72']},
  {a: 'person:hardy-pedersen', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@11-11', 'document:3dcae9275e4baeff@73-73']},
  {a: 'person:helle-bach-lauridsen', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@12-12', 'document:3dcae9275e4baeff@74-74']},
  {a: 'person:karina-moeller', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@13-13', 'document:3dcae9275e4baeff@75-75']},
  {a: 'person:lisbeth-schmidt-andersen', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@14-14', 'document:3dcae9275e4baeff@76-76']},
  {a: 'person:martin-oestergaard-christensen', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@15-15', 'document:3dcae9275e4baeff@77-77']},
  {a: 'person:ole-kiil-jacobsen', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@16-16', 'document:3dcae9275e4baeff@78-78']},
  {a: 'person:stefan-moeller-christiansen', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@17-17', 'document:3dcae9275e4baeff@79-79']},
  {a: 'person:susanne-hammer-jakobsen', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@18-18', 'document:3dcae9275e4baeff@80-80']},
  {a: 'person:susanne-holst', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@19-19', 'document:3dcae9275e4baeff@81-81']},
  {a: 'person:thomas-medom', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@20-20', 'document:3dcae9275e4baeff@82-82']},
  {a: 'person:trine-krabbe', b: 'forum:mbu-raadmandsmoede', props: {role: null, onBehalfOf: null, `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@21-21', 'document:3dcae9275e4baeff@83-83']},
  {a: 'person:poul-erik-philipsen', b: 'forum:strategisk-forum', props: {role: 'uddannelsesdekan', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@518-518']},
  {a: 'person:susanne-tellerup', b: 'forum:strategisk-forum', props: {role: 'uddannelsesdekan', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@519-519']},
  {a: 'person:elsebeth-jensen', b: 'forum:strategisk-forum', props: {role: 'uddannelsesdekan', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@520-520']},
  {a: 'person:britta-riishede', b: 'forum:strategisk-forum', props: {role: 'Uddannelsesleder', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@521-521']},
  {a: 'person:sari-senger', b: 'forum:strategisk-forum', props: {role: 'AC-fuldmægtig', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@522-522']},
  {a: 'person:ole-kiil-jacobsen', b: 'forum:strategisk-forum', props: {role: 'Forvaltningschef', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@525-525']},
  {a: 'person:mette-soeberg', b: 'forum:strategisk-forum', props: {role: 'Kontorchef', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@526-526']},
  {a: 'person:birgitte-oestergaard-lykke', b: 'forum:strategisk-forum', props: {role: 'Kontorchef', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@527-527']},
  {a: 'person:helle-wrang-klinge', b: 'forum:strategisk-forum', props: {role: 'Sektionsleder for dagtilbud, PUF', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@528-528']},
  {a: 'person:rikke-slot-johnsen', b: 'forum:strategisk-forum', props: {role: 'specialkonsulent', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@529-529']},
  {a: 'person:anne-birthe-due-bendixen', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'praktikkoordinator, pædagoguddannelsen i Aarhus', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@536-538']},
  {a: 'person:kathrine-tannebaek-pedersen', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'studerende, pædagoguddannelsen i Aarhus', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@539-541']},
  {a: 'person:dorte-ladefoged-dinnesen', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'pædagogisk leder, Efter- og videreuddannelse Pædagogik og CFU', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@542-544']},
  {a: 'person:helle-wrang-klinge', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'Sektionsleder for dagtilbud, PUF', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@547-547']},
  {a: 'person:mette-skovby', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'sektion dagtilbud, PUF', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@548-548']},
  {a: 'person:rikke-slot-johnsen', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'sektion dagtilbud, PUF', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@549-549']},
  {a: 'person:maria-luisa-galan-van-binsbergen', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'Personale', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@550-550']},
  {a: 'person:christian-thaarup', b: 'forum:praktikcase-arbejdsgruppe', props: {role: 'dagtilbudsleder', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@551-551']},
  {a: 'person:andreas-rasch-christensen', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'Forskningschef VIA', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@564-564']},
  {a: 'person:lise-joensson', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'Lektor, PhD.', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@565-565']},
  {a: 'person:marianne-gilbert-nielsen', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'Formand BUPL Århus', onBehalfOf: 'org:bupl-aarhus', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@568-568']},
  {a: 'person:helle-ebsen', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'Faglig sekretær BUPL', onBehalfOf: 'org:bupl', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@569-569']},
  {a: 'person:jack-hougaard-kristensen', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'Sektorformand FOA Århus', onBehalfOf: 'org:foa-aarhus', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@572-572']},
  {a: 'person:birgit-stechmann', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'Chefkonsulent', onBehalfOf: 'org:foa', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@573-573']},
  {a: 'person:karen-brix-roed', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'Uddannelseschef', onBehalfOf: 'org:sosu-oestjylland', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@576-576']},
  {a: 'person:charlotte-wegener', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'PhD. associate professor', onBehalfOf: 'org:aalborg-universitet', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@579-579']},
  {a: 'person:ole-kiil-jacobsen', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'forvaltningschef Pædagogik og Forebyggelse', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@587-589']},
  {a: 'person:mette-soeberg', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'kontorchef Pædagogik Undervisning og Fritid', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@590-592']},
  {a: 'person:rikke-slot-johnsen', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'specialkonsulent Pædagogik, Undervisning og Fritid', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@593-595']},
  {a: 'person:thomas-medom', b: 'forum:alliancen-paedagogiske-grundlag', props: {role: 'Rådmand Børn og Unge', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@586-586', 'document:3dcae9275e4baeff@553-555']},
  {a: 'person:anne-birthe-due-bendixen', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'Praktikkoordinator pædagoguddannelsen i Aarhus', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@601-603']},
  {a: 'person:torsten-thorstensen', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'Pædagogisk administrativ leder', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@604-604']},
  {a: 'person:ingrid-roed', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'Faglig koordinator', onBehalfOf: 'org:aarhus-jobcenter', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@606-607']},
  {a: 'person:rikke-slot-johnsen', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'Specialkonsulent', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@610-610']},
  {a: 'person:maria-luisa-galan-van-binsbergen', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'Personalekonsulent', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@611-611']},
  {a: 'person:jack-hougaard-kristensen', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'Sektorformand pædagogisk sektor', onBehalfOf: 'org:foa', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@613-614']},
  {a: 'person:carin-weibull', b: 'forum:meritpaedagoguddannelsen-foelgegruppe', props: {role: 'Faglig sekretær', onBehalfOf: 'org:bupl', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@616-617']},
  {a: 'person:ulf-groth-berntsen', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'Leder TR', onBehalfOf: 'org:bupl', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@625-625']},
  {a: 'person:carin-weibull', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'Faglig sekretær', onBehalfOf: 'org:bupl', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@626-626']},
  {a: 'person:kirsten-leding-lindholdt', b: 'forum:faelles-rekrutteringsindsats', props: {role: null, onBehalfOf: 'org:bupl-a-kasse', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@629-629']},
  {a: 'person:anna-fransen', b: 'forum:faelles-rekrutteringsindsats', props: {role: null, onBehalfOf: 'org:bupl-a-kasse', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@630-630']},
  {a: 'person:charlotte-rixen', b: 'forum:faelles-rekrutteringsindsats', props: {role: null, onBehalfOf: 'org:bupl-a-kasse', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@631-631']},
  {a: 'person:stine-stougaard-kiil', b: 'forum:faelles-rekrutteringsindsats', props: {role: null, onBehalfOf: 'org:bupl-a-kasse', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@632-632']},
  {a: 'person:jan-ankerstjerne', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'Uddannelsesleder', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@635-635']},
  {a: 'person:torsten-thorstensen', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'Pædagogisk administrativ leder', onBehalfOf: 'org:via-uc', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@636-636']},
  {a: 'person:dorthe-marie-jensen', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'Afdelingsleder', onBehalfOf: 'org:aarhus-jobcenter', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@639-639']},
  {a: 'person:heidi-boecker-helleskov', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'Virksomhedskonsulent', onBehalfOf: 'org:aarhus-jobcenter', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@640-640']},
  {a: 'person:ingrid-roed', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'Faglig koordinator', onBehalfOf: 'org:aarhus-jobcenter', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@641-641']},
  {a: 'person:birgitte-oestergaard-lykke', b: 'forum:faelles-rekrutteringsindsats', props: {role: null, onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@644-644']},
  {a: 'person:maria-luisa-galan-van-binsbergen', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'Personalkonsulent', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@645-645']},
  {a: 'person:jane-kortnum', b: 'forum:faelles-rekrutteringsindsats', props: {role: 'Specialkonsulent', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@646-646']},
  {a: 'person:mette-hviid-lausten', b: 'forum:6-by-netvaerk', props: {role: 'Dagtilbudschef', onBehalfOf: 'org:odense-kommune', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@671-671']},
  {a: 'person:hans-christian-mariegaard', b: 'forum:6-by-netvaerk', props: {role: 'Afdelingschef', onBehalfOf: 'org:aalborg-kommune', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@672-674']},
  {a: 'person:helle-wrang-klinge', b: 'forum:6-by-netvaerk', props: {role: 'Sektionsleder for sektion Dagtilbud', onBehalfOf: 'org:aarhus-kommune', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@675-677']},
  {a: 'person:lisbeth-schmidt-andersen', b: 'forum:6-by-netvaerk', props: {role: 'Børn og Ungechef', onBehalfOf: 'org:aarhus-kommune', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@678-679']},
  {a: 'person:mette-lindkaer', b: 'forum:6-by-netvaerk', props: {role: 'Områdechef Børn & Pædagogik', onBehalfOf: 'org:esbjerg-kommune', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@681-683']},
  {a: 'person:lars-lynghoej', b: 'forum:6-by-netvaerk', props: {role: 'Dagtilbudschef', onBehalfOf: 'org:randers-kommune', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@684-684']},
  {a: 'person:inger-suppli', b: 'forum:6-by-netvaerk', props: {role: 'Centerchef for Fagligt center', onBehalfOf: 'org:koebenhavns-kommune', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@685-686']},
  {a: 'person:gitte-abildlund', b: 'forum:6-by-netvaerk', props: {role: 'Teamleder for Dagtilbud og Fritid', onBehalfOf: 'org:koebenhavns-kommune', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@688-690']},
  {a: 'person:stefan-moeller-christiansen', b: 'forum:kkr-midtjylland-uddannelsesstyregruppen', props: {role: 'repræsentant', onBehalfOf: 'org:mbu', `from`: null, `to`: null}, sources: ['document:3dcae9275e4baeff@702-703']}
] AS row
MATCH (a:Person {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += row.props, r.sources = row.sources;

// Affiliations with titles as written (most specific unit named)
UNWIND [
  {a: 'person:thomas-medom', b: 'org:mbu', props: {title: 'Rådmand'}, sources: ['document:3dcae9275e4baeff@586-586']},
  {a: 'person:ole-kiil-jacobsen', b: 'org:mbu-paedagogik-og-forebyggelse', props: {title: 'Forvaltningschef'}, sources: ['document:3dcae9275e4baeff@587-589', 'document:3dcae9275e4baeff@130-130']},
  {a: 'person:mette-soeberg', b: 'org:mbu-puf', props: {title: 'Kontorchef'}, sources: ['document:3dcae9275e4baeff@590-592', 'document:3dcae9275e4baeff@526-526']},
  {a: 'person:rikke-slot-johnsen', b: 'org:mbu-puf', props: {title: 'Specialkonsulent'}, sources: ['document:3dcae9275e4baeff@593-595', 'document:3dcae9275e4baeff@549-549']},
  {a: 'person:helle-wrang-klinge', b: 'org:mbu-puf', props: {title: 'Sektionsleder for dagtilbud'}, sources: ['document:3dcae9275e4baeff@528-528', 'document:3dcae9275e4baeff@547-547']},
  {a: 'person:mette-skovby', b: 'org:mbu-puf', props: {title: 'sektion dagtilbud'}, sources: ['document:3dcae9275e4baeff@548-548']},
  {a: 'person:birgitte-oestergaard-lykke', b: 'org:mbu', props: {title: 'Kontorchef'}, sources: ['document:3dcae9275e4baeff@527-527']},
  {a: 'person:maria-luisa-galan-van-binsbergen', b: 'org:mbu-personale', props: {title: 'Personalekonsulent'}, sources: ['document:3dcae9275e4baeff@550-550', 'document:3dcae9275e4baeff@611-611', 'document:3dcae9275e4baeff@645-645']},
  {a: 'person:christian-thaarup', b: 'org:mbu', props: {title: 'dagtilbudsleder'}, sources: ['document:3dcae9275e4baeff@551-551']},
  {a: 'person:jane-kortnum', b: 'org:mbu-personale', props: {title: 'Specialkonsulent'}, sources: ['document:3dcae9275e4baeff@222-237', 'document:3dcae9275e4baeff@646-646']},
  {a: 'person:jens-moeller-hald', b: 'org:mbu-paedagogik-og-forebyggelse', props: {title: 'Sagsbehandler'}, sources: ['document:3dcae9275e4baeff@751-765']},
  {a: 'person:lisbeth-schmidt-andersen', b: 'org:aarhus-kommune', props: {title: 'Børn og Ungechef'}, sources: ['document:3dcae9275e4baeff@678-679']},
  {a: 'person:stefan-moeller-christiansen', b: 'org:mbu', props: {title: null}, sources: ['document:3dcae9275e4baeff@702-703']},
  {a: 'person:poul-erik-philipsen', b: 'org:via-uc', props: {title: 'uddannelsesdekan'}, sources: ['document:3dcae9275e4baeff@518-518']},
  {a: 'person:susanne-tellerup', b: 'org:via-uc', props: {title: 'uddannelsesdekan'}, sources: ['document:3dcae9275e4baeff@519-519']},
  {a: 'person:elsebeth-jensen', b: 'org:via-uc', props: {title: 'uddannelsesdekan'}, sources: ['document:3dcae9275e4baeff@520-520']},
  {a: 'person:britta-riishede', b: 'org:via-uc', props: {title: 'Uddannelsesleder'}, sources: ['document:3dcae9275e4baeff@521-521']},
  {a: 'person:sari-senger', b: 'org:via-uc', props: {title: 'AC-fuldmægtig'}, sources: ['document:3dcae9275e4baeff@522-522']},
  {a: 'person:anne-birthe-due-bendixen', b: 'org:via-uc', props: {title: 'Praktikkoordinator, pædagoguddannelsen i Aarhus'}, sources: ['document:3dcae9275e4baeff@536-538', 'document:3dcae9275e4baeff@601-603']},
  {a: 'person:kathrine-tannebaek-pedersen', b: 'org:via-uc', props: {title: 'studerende, pædagoguddannelsen i Aarhus'}, sources: ['document:3dcae9275e4baeff@539-541']},
  {a: 'person:dorte-ladefoged-dinnesen', b: 'org:via-uc', props: {title: 'pædagogisk leder, Efter- og videreuddannelse Pædagogik og CFU'}, sources: ['document:3dcae9275e4baeff@542-544']},
  {a: 'person:andreas-rasch-christensen', b: 'org:via-uc', props: {title: 'Forskningschef'}, sources: ['document:3dcae9275e4baeff@564-564']},
  {a: 'person:lise-joensson', b: 'org:via-uc', props: {title: 'Lektor, PhD.'}, sources: ['document:3dcae9275e4baeff@565-565']},
  {a: 'person:torsten-thorstensen', b: 'org:via-uc', props: {title: 'Pædagogisk administrativ leder'}, sources: ['document:3dcae9275e4baeff@604-604', 'document:3dcae9275e4baeff@636-636']},
  {a: 'person:jan-ankerstjerne', b: 'org:via-uc', props: {title: 'Uddannelsesleder'}, sources: ['document:3dcae9275e4baeff@635-635']},
  {a: 'person:harald-mikkelsen', b: 'org:via-uc', props: {title: 'rektor'}, sources: ['document:3dcae9275e4baeff@258-258', 'document:3dcae9275e4baeff@263-263']},
  {a: 'person:stefan-hermann', b: 'org:kp', props: {title: null}, sources: ['document:3dcae9275e4baeff@258-258', 'document:3dcae9275e4baeff@263-263']},
  {a: 'person:jesper-christensen', b: 'org:kk-buf', props: {title: 'borgmester'}, sources: ['document:3dcae9275e4baeff@258-258', 'document:3dcae9275e4baeff@263-263']},
  {a: 'person:elisa-rimpler', b: 'org:bupl', props: {title: 'Formand'}, sources: ['document:3dcae9275e4baeff@256-256', 'document:3dcae9275e4baeff@296-307']},
  {a: 'person:marianne-gilbert-nielsen', b: 'org:bupl-aarhus', props: {title: 'Formand'}, sources: ['document:3dcae9275e4baeff@568-568']},
  {a: 'person:henriette-brockdorff', b: 'org:bupl', props: {title: null}, sources: ['document:3dcae9275e4baeff@259-259', 'document:3dcae9275e4baeff@292-292']},
  {a: 'person:helle-ebsen', b: 'org:bupl', props: {title: 'Faglig sekretær'}, sources: ['document:3dcae9275e4baeff@569-569']},
  {a: 'person:carin-weibull', b: 'org:bupl', props: {title: 'Faglig sekretær'}, sources: ['document:3dcae9275e4baeff@617-617', 'document:3dcae9275e4baeff@626-626']},
  {a: 'person:ulf-groth-berntsen', b: 'org:bupl', props: {title: 'Leder TR'}, sources: ['document:3dcae9275e4baeff@625-625']},
  {a: 'person:kirsten-leding-lindholdt', b: 'org:bupl-a-kasse', props: {title: null}, sources: ['document:3dcae9275e4baeff@629-629']},
  {a: 'person:anna-fransen', b: 'org:bupl-a-kasse', props: {title: null}, sources: ['document:3dcae9275e4baeff@630-630']},
  {a: 'person:charlotte-rixen', b: 'org:bupl-a-kasse', props: {title: null}, sources: ['document:3dcae9275e4baeff@631-631']},
  {a: 'person:stine-stougaard-kiil', b: 'org:bupl-a-kasse', props: {title: null}, sources: ['document:3dcae9275e4baeff@632-632']},
  {a: 'person:jack-hougaard-kristensen', b: 'org:foa-aarhus', props: {title: 'Sektorformand'}, sources: ['document:3dcae9275e4baeff@572-572', 'document:3dcae9275e4baeff@614-614']},
  {a: 'person:birgit-stechmann', b: 'org:foa', props: {title: 'Chefkonsulent'}, sources: ['document:3dcae9275e4baeff@573-573']},
  {a: 'person:karen-brix-roed', b: 'org:sosu-oestjylland', props: {title: 'Uddannelseschef'}, sources: ['document:3dcae9275e4baeff@576-576']},
  {a: 'person:charlotte-wegener', b: 'org:aalborg-universitet', props: {title: 'PhD. associate professor'}, sources: ['document:3dcae9275e4baeff@579-579']},
  {a: 'person:ingrid-roed', b: 'org:aarhus-jobcenter', props: {title: 'Faglig koordinator'}, sources: ['document:3dcae9275e4baeff@607-607', 'document:3dcae9275e4baeff@641-641']},
  {a: 'person:dorthe-marie-jensen', b: 'org:aarhus-jobcenter', props: {title: 'Afdelingsleder'}, sources: ['document:3dcae9275e4baeff@639-639']},
  {a: 'person:heidi-boecker-helleskov', b: 'org:aarhus-jobcenter', props: {title: 'Virksomhedskonsulent'}, sources: ['document:3dcae9275e4baeff@640-640']},
  {a: 'person:mette-hviid-lausten', b: 'org:odense-kommune', props: {title: 'Dagtilbudschef'}, sources: ['document:3dcae9275e4baeff@671-671']},
  {a: 'person:hans-christian-mariegaard', b: 'org:aalborg-kommune', props: {title: 'Afdelingschef'}, sources: ['document:3dcae9275e4baeff@672-674']},
  {a: 'person:mette-lindkaer', b: 'org:esbjerg-kommune', props: {title: 'Områdechef Børn & Pædagogik'}, sources: ['document:3dcae9275e4baeff@681-683']},
  {a: 'person:lars-lynghoej', b: 'org:randers-kommune', props: {title: 'Dagtilbudschef'}, sources: ['document:3dcae9275e4baeff@684-684']},
  {a: 'person:inger-suppli', b: 'org:koebenhavns-kommune', props: {title: 'Centerchef for Fagligt center'}, sources: ['document:3dcae9275e4baeff@685-686']},
  {a: 'person:gitte-abildlund', b: 'org:koebenhavns-kommune', props: {title: 'Teamleder for Dagtilbud og Fritid'}, sources: ['document:3dcae9275e4baeff@688-690']}
] AS row
MATCH (a:Person {id: row.a})
MATCH (b:Organisation {id: row.b})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
SET r += row.props, r.sources = row.sources;

// Attendance: participant lists (17-08 from the agenda, 11-08 from the minutes) and guests per agenda item
UNWIND [
  {a: 'person:hans-van-binsbergen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@10-10']},
  {a: 'person:hans-van-binsbergen', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@72-72']},
  {a: 'person:hardy-pedersen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@11-11']},
  {a: 'person:hardy-pedersen', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@73-73']},
  {a: 'person:helle-bach-lauridsen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@12-12']},
  {a: 'person:helle-bach-lauridsen', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@74-74']},
  {a: 'person:karina-moeller', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@13-13']},
  {a: 'person:karina-moeller', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@75-75']},
  {a: 'person:lisbeth-schmidt-andersen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@14-14']},
  {a: 'person:lisbeth-schmidt-andersen', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@76-76']},
  {a: 'person:martin-oestergaard-christensen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@15-15']},
  {a: 'person:martin-oestergaard-christensen', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@77-77']},
  {a: 'person:ole-kiil-jacobsen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@16-16']},
  {a: 'person:ole-kiil-jacobsen', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@78-78']},
  {a: 'person:stefan-moeller-christiansen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@17-17']},
  {a: 'person:stefan-moeller-christiansen', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@79-79']},
  {a: 'person:susanne-hammer-jakobsen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@18-18']},
  {a: 'person:susanne-hammer-jakobsen', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@80-80']},
  {a: 'person:susanne-holst', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@19-19']},
  {a: 'person:susanne-holst', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@81-81']},
  {a: 'person:thomas-medom', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@20-20']},
  {a: 'person:thomas-medom', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@82-82']},
  {a: 'person:trine-krabbe', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'PRESENT', recordedIn: 'dagsorden'}, sources: ['document:3dcae9275e4baeff@21-21']},
  {a: 'person:trine-krabbe', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'PRESENT'}, sources: ['document:3dcae9275e4baeff@83-83']},
  {a: 'person:mette-soeberg', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [3, 7]}, sources: ['document:3dcae9275e4baeff@23-23', 'document:3dcae9275e4baeff@27-27']},
  {a: 'person:karina-corneliusen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [3]}, sources: ['document:3dcae9275e4baeff@23-23']},
  {a: 'person:jesper-saxvig-callesen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [3]}, sources: ['document:3dcae9275e4baeff@23-23']},
  {a: 'person:patrick-larsen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [3]}, sources: ['document:3dcae9275e4baeff@24-24']},
  {a: 'person:jens-moeller-hald', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [3]}, sources: ['document:3dcae9275e4baeff@24-24']},
  {a: 'person:helle-moelgaard', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [6]}, sources: ['document:3dcae9275e4baeff@25-25']},
  {a: 'person:klaus-jepsen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [6]}, sources: ['document:3dcae9275e4baeff@25-25']},
  {a: 'person:ole-jeppesen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [6]}, sources: ['document:3dcae9275e4baeff@25-25']},
  {a: 'person:helle-wrang-klinge', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [7]}, sources: ['document:3dcae9275e4baeff@27-27']},
  {a: 'person:cathrine-garbers', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [7]}, sources: ['document:3dcae9275e4baeff@27-27']},
  {a: 'person:lone-nielsen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [7]}, sources: ['document:3dcae9275e4baeff@27-27']},
  {a: 'person:ane-loell', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [7]}, sources: ['document:3dcae9275e4baeff@28-28']},
  {a: 'person:rikke-slot-johnsen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [7]}, sources: ['document:3dcae9275e4baeff@28-28']},
  {a: 'person:maria-skoett-davidsen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [7]}, sources: ['document:3dcae9275e4baeff@28-28']},
  {a: 'person:thomas-runge-noertoft', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [8]}, sources: ['document:3dcae9275e4baeff@29-29']},
  {a: 'person:gitte-skuldboel-joergensen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [8]}, sources: ['document:3dcae9275e4baeff@29-29']},
  {a: 'person:martha-berdiin', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [8]}, sources: ['document:3dcae9275e4baeff@29-29']},
  {a: 'person:lisa-balch', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [8]}, sources: ['document:3dcae9275e4baeff@30-30']},
  {a: 'person:cecilie-sandkvist-hansen', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [8]}, sources: ['document:3dcae9275e4baeff@30-30']},
  {a: 'person:anita-frost', b: 'meeting:mbu-raadmandsmoede-2021-08-17', props: {status: 'GUEST', recordedIn: 'dagsorden', agendaItems: [8]}, sources: ['document:3dcae9275e4baeff@30-30']},
  {a: 'person:mette-soeberg', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'GUEST', agendaItems: [2]}, sources: ['document:3dcae9275e4baeff@85-86', 'document:3dcae9275e4baeff@124-125', 'document:3dcae9275e4baeff@140-140']},
  {a: 'person:louise-heltborg-budde', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'GUEST', agendaItems: [2]}, sources: ['document:3dcae9275e4baeff@85-86', 'document:3dcae9275e4baeff@124-125', 'document:3dcae9275e4baeff@140-140']},
  {a: 'person:charlotte-mariane-buchhave', b: 'meeting:mbu-raadmandsmoede-2021-08-11', props: {status: 'GUEST', agendaItems: [2]}, sources: ['document:3dcae9275e4baeff@85-86', 'document:3dcae9275e4baeff@124-125', 'document:3dcae9275e4baeff@140-140']}
] AS row
MATCH (a:Person {id: row.a})
MATCH (b:Meeting {id: row.b})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props, r.sources = row.sources;
