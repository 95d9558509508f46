// Seed graph from document:64f1c8e78dbe42cc (003): minutes of HovedMED, Socialforvaltningen
// (Københavns Kommune), meeting 24 April 2026 10:00-12:00; the document itself is dated 13-04-2026.
// Members present and members with afbud, with position (role) and whom they represent (onBehalfOf).
// Helle Holm and Karin Munch Ravn move to SUF per 1 June 2026: their membership ends 2026-05-31.

UNWIND [
  {id: 'meeting:hovedmed-sof-2026-04-24', props: {title: 'HovedMED d. 24. april 2026', date: date('2026-04-24'), startsAt: datetime('2026-04-24T10:00:00+02:00'), endsAt: datetime('2026-04-24T12:00:00+02:00'), location: 'Bernstorffsgade 17, 4. sal, vær. 4.00'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 5, t: 10}, {doc: 'document:64f1c8e78dbe42cc', f: 26, t: 26}]}
] AS row
MERGE (n:Meeting {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'forum:hovedmed-sof', props: {primary: true}, sources: ['document:64f1c8e78dbe42cc@10-10', 'document:64f1c8e78dbe42cc@26-26']}
] AS row
MATCH (a:Meeting {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:OF]->(b)
SET r += row.props, r.sources = row.sources;

UNWIND [
  {id: 'item:hovedmed-sof-2026-04-24-1', props: {number: 1, title: 'Godkendelse af dagsorden', decision: 'Dagsorden blev godkendt.', `order`: 1}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 62, t: 62}, {doc: 'document:64f1c8e78dbe42cc', f: 74, t: 76}]},
  {id: 'item:hovedmed-sof-2026-04-24-2', props: {number: 2, title: 'SOC-sag: Etablering af midlertidigt ungebehandlingstilbud på rusmiddelområdet', decision: null, `order`: 2}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 63, t: 63}, {doc: 'document:64f1c8e78dbe42cc', f: 78, t: 118}]},
  {id: 'item:hovedmed-sof-2026-04-24-3', props: {number: 3, title: 'Påtænkt organisationsændring af Støtte, Ledsagelse og Akuttilbud', decision: null, `order`: 3}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 64, t: 64}, {doc: 'document:64f1c8e78dbe42cc', f: 120, t: 202}]},
  {id: 'item:hovedmed-sof-2026-04-24-4', props: {number: 4, title: 'Budgetnotater om fastholdelse og rekruttering', decision: null, `order`: 4}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 65, t: 65}, {doc: 'document:64f1c8e78dbe42cc', f: 204, t: 337}]},
  {id: 'item:hovedmed-sof-2026-04-24-5', props: {number: 5, title: 'Samlet punkt: Sager med forsinket MED-behandling', decision: null, `order`: 5}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 66, t: 66}, {doc: 'document:64f1c8e78dbe42cc', f: 339, t: 370}]},
  {id: 'item:hovedmed-sof-2026-04-24-6', props: {number: 6, title: 'Status på Ét SOF', decision: null, `order`: 6}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 67, t: 67}, {doc: 'document:64f1c8e78dbe42cc', f: 372, t: 383}]},
  {id: 'item:hovedmed-sof-2026-04-24-7', props: {number: 7, title: 'Sidste status på ressortændringerne i SOF', decision: null, `order`: 7}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 68, t: 68}, {doc: 'document:64f1c8e78dbe42cc', f: 385, t: 405}]},
  {id: 'item:hovedmed-sof-2026-04-24-8', props: {number: 8, title: 'Meddelelser', decision: null, `order`: 8}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 69, t: 69}, {doc: 'document:64f1c8e78dbe42cc', f: 407, t: 437}]},
  {id: 'item:hovedmed-sof-2026-04-24-9', props: {number: 9, title: 'Eventuelt', decision: null, `order`: 9}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 70, t: 70}, {doc: 'document:64f1c8e78dbe42cc', f: 441, t: 443}]}
] AS row
MERGE (n:AgendaItem {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'item:hovedmed-sof-2026-04-24-1', props: {}, sources: ['document:64f1c8e78dbe42cc@62-62']},
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'item:hovedmed-sof-2026-04-24-2', props: {}, sources: ['document:64f1c8e78dbe42cc@63-63']},
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'item:hovedmed-sof-2026-04-24-3', props: {}, sources: ['document:64f1c8e78dbe42cc@64-64']},
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'item:hovedmed-sof-2026-04-24-4', props: {}, sources: ['document:64f1c8e78dbe42cc@65-65']},
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'item:hovedmed-sof-2026-04-24-5', props: {}, sources: ['document:64f1c8e78dbe42cc@66-66']},
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'item:hovedmed-sof-2026-04-24-6', props: {}, sources: ['document:64f1c8e78dbe42cc@67-67']},
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'item:hovedmed-sof-2026-04-24-7', props: {}, sources: ['document:64f1c8e78dbe42cc@68-68']},
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'item:hovedmed-sof-2026-04-24-8', props: {}, sources: ['document:64f1c8e78dbe42cc@69-69']},
  {a: 'meeting:hovedmed-sof-2026-04-24', b: 'item:hovedmed-sof-2026-04-24-9', props: {}, sources: ['document:64f1c8e78dbe42cc@70-70']}
] AS row
MATCH (a:Meeting {id: row.a})
MATCH (b:AgendaItem {id: row.b})
MERGE (a)-[r:HAS_ITEM]->(b)
SET r += row.props, r.sources = row.sources;

// Budgetnotater for Budget 2027, TV02 and ØK44 (item 4), and the SOC-sag of item 2
UNWIND [
  {id: 'initiative:budgetnotat-flere-faguddannede-sof', props: {name: 'Flere faguddannede i Socialforvaltningen', aliases: ['Flere faguddannede i Socialforvaltningen'], kind: 'budgetnotat', code: null, budgetYear: 2027}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 206, t: 206}, {doc: 'document:64f1c8e78dbe42cc', f: 208, t: 208}]},
  {id: 'initiative:budgetnotat-rekruttering-faguddannede-sof', props: {name: 'Rekruttering af flere faguddannede medarbejdere i Socialforvaltningen', aliases: ['Rekruttering af flere faguddannede medarbejdere i Socialforvaltningen'], kind: 'budgetnotat', code: null, budgetYear: 2027}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 206, t: 206}, {doc: 'document:64f1c8e78dbe42cc', f: 305, t: 305}]},
  {id: 'initiative:tv02', props: {name: 'TV02', aliases: ['TV02'], kind: null, code: 'TV02'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 313, t: 313}]},
  {id: 'initiative:oek44', props: {name: 'ØK44', aliases: ['ØK44'], kind: 'overførselssag', code: 'ØK44'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 335, t: 335}]},
  {id: 'initiative:midlertidigt-ungebehandlingstilbud', props: {name: 'Etablering af midlertidigt ungebehandlingstilbud på rusmiddelområdet', aliases: ['Etablering af midlertidigt ungebehandlingstilbud på rusmiddelområdet', 'midlertidigt ungebehandlingstilbud'], kind: 'soc-sag', code: null}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 63, t: 63}, {doc: 'document:64f1c8e78dbe42cc', f: 78, t: 86}]}
] AS row
MERGE (n:Initiative {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

UNWIND [
  {a: 'item:hovedmed-sof-2026-04-24-2', b: 'initiative:midlertidigt-ungebehandlingstilbud', props: {}, sources: ['document:64f1c8e78dbe42cc@78-86']},
  {a: 'item:hovedmed-sof-2026-04-24-4', b: 'initiative:budgetnotat-flere-faguddannede-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@204-208']},
  {a: 'item:hovedmed-sof-2026-04-24-4', b: 'initiative:budgetnotat-rekruttering-faguddannede-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@204-206', 'document:64f1c8e78dbe42cc@305-305']},
  {a: 'item:hovedmed-sof-2026-04-24-4', b: 'initiative:tv02', props: {}, sources: ['document:64f1c8e78dbe42cc@313-313']},
  {a: 'item:hovedmed-sof-2026-04-24-4', b: 'initiative:oek44', props: {}, sources: ['document:64f1c8e78dbe42cc@335-335']}
] AS row
MATCH (a:AgendaItem {id: row.a})
MATCH (b:Initiative {id: row.b})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props, r.sources = row.sources;

UNWIND [
  {a: 'org:kk-sof', b: 'initiative:budgetnotat-flere-faguddannede-sof', props: {role: 'proposer'}, sources: ['document:64f1c8e78dbe42cc@206-208']},
  {a: 'org:kk-sof', b: 'initiative:budgetnotat-rekruttering-faguddannede-sof', props: {role: 'proposer'}, sources: ['document:64f1c8e78dbe42cc@206-206', 'document:64f1c8e78dbe42cc@305-305']},
  {a: 'org:kk-sof', b: 'initiative:midlertidigt-ungebehandlingstilbud', props: {role: 'proposer'}, sources: ['document:64f1c8e78dbe42cc@84-86']}
] AS row
MATCH (a:Organisation {id: row.a})
MATCH (b:Initiative {id: row.b})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
SET r += row.props, r.sources = row.sources;

// Members of HovedMED SOF as listed on 24 April 2026 (present and afbud)
UNWIND [
  {a: 'person:katrine-ring', b: 'forum:hovedmed-sof', props: {role: 'Adm. direktør', onBehalfOf: 'org:sof-direktionen', `from`: null, `to`: null, office: 'formand'}, sources: ['document:64f1c8e78dbe42cc@29-29']},
  {a: 'person:tine-kock-nielsen', b: 'forum:hovedmed-sof', props: {role: 'Centerchef', onBehalfOf: 'org:sof-chro', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@30-30']},
  {a: 'person:leon-engly-honore', b: 'forum:hovedmed-sof', props: {role: 'Områdechef', onBehalfOf: 'org:sof-cmsb', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@31-31']},
  {a: 'person:anders-jacobsen', b: 'forum:hovedmed-sof', props: {role: 'Tilbudsleder', onBehalfOf: 'org:sof-clb', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@32-32']},
  {a: 'person:helle-haslund', b: 'forum:hovedmed-sof', props: {role: 'Organisations- og medarbejderrepræsentant', onBehalfOf: 'org:lfs', `from`: null, `to`: null, office: 'næstformand'}, sources: ['document:64f1c8e78dbe42cc@33-33']},
  {a: 'person:pernille-robertson-gaff', b: 'forum:hovedmed-sof', props: {role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:hk-kommunal', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@34-34']},
  {a: 'person:lars-petersen', b: 'forum:hovedmed-sof', props: {role: 'Organisations- og medarbejderrepræsentant', onBehalfOf: 'org:sl', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@35-35']},
  {a: 'person:mie-ejdesgaard-boehm', b: 'forum:hovedmed-sof', props: {role: 'Suppleant', onBehalfOf: 'org:dsr', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@36-36']},
  {a: 'person:laura-pode', b: 'forum:hovedmed-sof', props: {role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:ds', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@37-37']},
  {a: 'person:trine-ambrosius-svenstrup', b: 'forum:hovedmed-sof', props: {role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-administrative-centre-ls-og-centerteams', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@38-38']},
  {a: 'person:jan-deleurand-groulef', b: 'forum:hovedmed-sof', props: {role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-driftscentre-ekskl-dsi-og-centerteams', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@39-39']},
  {a: 'person:elizabeth-petersen', b: 'forum:hovedmed-sof', props: {role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-driftscentre-ekskl-dsi-og-centerteams', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@40-40']},
  {a: 'person:jack-cassina', b: 'forum:hovedmed-sof', props: {role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-driftscentre-ekskl-dsi-og-centerteams', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@47-47']},
  {a: 'person:helle-holm', b: 'forum:hovedmed-sof', props: {role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-dsi', `from`: null, `to`: date('2026-05-31'), onBehalfOfQualifier: 'ekskl. centerteams'}, sources: ['document:64f1c8e78dbe42cc@48-48', 'document:64f1c8e78dbe42cc@387-387']},
  {a: 'person:simon-pasquali', b: 'forum:hovedmed-sof', props: {role: 'Direktør', onBehalfOf: 'org:sof-direktionen', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@50-50']},
  {a: 'person:jacob-hess', b: 'forum:hovedmed-sof', props: {role: 'Direktør', onBehalfOf: 'org:sof-direktionen', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@51-51']},
  {a: 'person:karoline-winther-lund', b: 'forum:hovedmed-sof', props: {role: 'Centerchef', onBehalfOf: 'org:sof-cmsb', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@52-52']},
  {a: 'person:karin-munch-ravn', b: 'forum:hovedmed-sof', props: {role: 'Områdechef', onBehalfOf: 'org:sof-cabs', `from`: null, `to`: date('2026-05-31')}, sources: ['document:64f1c8e78dbe42cc@53-53', 'document:64f1c8e78dbe42cc@387-387']},
  {a: 'person:marie-soelling', b: 'forum:hovedmed-sof', props: {role: 'Områdechef', onBehalfOf: 'org:sof-dsi', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@54-54']},
  {a: 'person:helle-hummelgaard-nielsen', b: 'forum:hovedmed-sof', props: {role: 'Forstander', onBehalfOf: 'org:sof-cbu', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@55-55']},
  {a: 'person:susanne-winsloew', b: 'forum:hovedmed-sof', props: {role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:foa-sosu', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@56-56']},
  {a: 'person:eughtina-birkedahl', b: 'forum:hovedmed-sof', props: {role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:dsr', `from`: null, `to`: null}, sources: ['document:64f1c8e78dbe42cc@57-57']},
  {a: 'person:sissel-bennedikte-agergaard-jensen', b: 'forum:hovedmed-sof', props: {role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:ac', `from`: null, `to`: null, onBehalfOfUnits: ['org:djoef', 'org:dm']}, sources: ['document:64f1c8e78dbe42cc@58-58']}
] AS row
MATCH (a:Person {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += row.props, r.sources = row.sources;

// Attendance 24 April 2026; Mie Ejdesgaard Böhm (Suppleant, FTF (DSR)) is taken to substitute for Eughtina Birkedahl (FTF (DSR), afbud)
UNWIND [
  {a: 'person:katrine-ring', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Adm. direktør', onBehalfOf: 'org:sof-direktionen', office: 'formand'}, sources: ['document:64f1c8e78dbe42cc@29-29']},
  {a: 'person:tine-kock-nielsen', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Centerchef', onBehalfOf: 'org:sof-chro'}, sources: ['document:64f1c8e78dbe42cc@30-30']},
  {a: 'person:leon-engly-honore', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Områdechef', onBehalfOf: 'org:sof-cmsb'}, sources: ['document:64f1c8e78dbe42cc@31-31']},
  {a: 'person:anders-jacobsen', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Tilbudsleder', onBehalfOf: 'org:sof-clb'}, sources: ['document:64f1c8e78dbe42cc@32-32']},
  {a: 'person:helle-haslund', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Organisations- og medarbejderrepræsentant', onBehalfOf: 'org:lfs', office: 'næstformand'}, sources: ['document:64f1c8e78dbe42cc@33-33']},
  {a: 'person:pernille-robertson-gaff', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:hk-kommunal'}, sources: ['document:64f1c8e78dbe42cc@34-34']},
  {a: 'person:lars-petersen', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Organisations- og medarbejderrepræsentant', onBehalfOf: 'org:sl'}, sources: ['document:64f1c8e78dbe42cc@35-35']},
  {a: 'person:mie-ejdesgaard-boehm', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Suppleant', onBehalfOf: 'org:dsr', substituteFor: 'person:eughtina-birkedahl'}, sources: ['document:64f1c8e78dbe42cc@36-36']},
  {a: 'person:laura-pode', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:ds'}, sources: ['document:64f1c8e78dbe42cc@37-37']},
  {a: 'person:trine-ambrosius-svenstrup', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-administrative-centre-ls-og-centerteams'}, sources: ['document:64f1c8e78dbe42cc@38-38']},
  {a: 'person:jan-deleurand-groulef', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-driftscentre-ekskl-dsi-og-centerteams'}, sources: ['document:64f1c8e78dbe42cc@39-39']},
  {a: 'person:elizabeth-petersen', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-driftscentre-ekskl-dsi-og-centerteams'}, sources: ['document:64f1c8e78dbe42cc@40-40']},
  {a: 'person:jack-cassina', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-driftscentre-ekskl-dsi-og-centerteams'}, sources: ['document:64f1c8e78dbe42cc@47-47']},
  {a: 'person:helle-holm', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'PRESENT', role: 'Arbejdsmiljørepræsentant', onBehalfOf: 'org:sof-dsi', onBehalfOfQualifier: 'ekskl. centerteams'}, sources: ['document:64f1c8e78dbe42cc@48-48']},
  {a: 'person:simon-pasquali', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', role: 'Direktør', onBehalfOf: 'org:sof-direktionen'}, sources: ['document:64f1c8e78dbe42cc@50-50']},
  {a: 'person:jacob-hess', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', role: 'Direktør', onBehalfOf: 'org:sof-direktionen'}, sources: ['document:64f1c8e78dbe42cc@51-51']},
  {a: 'person:karoline-winther-lund', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', role: 'Centerchef', onBehalfOf: 'org:sof-cmsb'}, sources: ['document:64f1c8e78dbe42cc@52-52']},
  {a: 'person:karin-munch-ravn', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', role: 'Områdechef', onBehalfOf: 'org:sof-cabs'}, sources: ['document:64f1c8e78dbe42cc@53-53']},
  {a: 'person:marie-soelling', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', role: 'Områdechef', onBehalfOf: 'org:sof-dsi'}, sources: ['document:64f1c8e78dbe42cc@54-54']},
  {a: 'person:helle-hummelgaard-nielsen', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', role: 'Forstander', onBehalfOf: 'org:sof-cbu'}, sources: ['document:64f1c8e78dbe42cc@55-55']},
  {a: 'person:susanne-winsloew', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:foa-sosu'}, sources: ['document:64f1c8e78dbe42cc@56-56']},
  {a: 'person:eughtina-birkedahl', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:dsr'}, sources: ['document:64f1c8e78dbe42cc@57-57']},
  {a: 'person:sissel-bennedikte-agergaard-jensen', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', role: 'Fællestillidsrepræsentant', onBehalfOf: 'org:ac', onBehalfOfUnits: ['org:djoef', 'org:dm']}, sources: ['document:64f1c8e78dbe42cc@58-58']},
  {a: 'person:janne-bech-jensen', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', agendaItems: [2]}, sources: ['document:64f1c8e78dbe42cc@110-110']},
  {a: 'person:jesper-tofte-graabek', b: 'meeting:hovedmed-sof-2026-04-24', props: {status: 'ABSENT', agendaItems: [2]}, sources: ['document:64f1c8e78dbe42cc@110-110']}
] AS row
MATCH (a:Person {id: row.a})
MATCH (b:Meeting {id: row.b})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props, r.sources = row.sources;

// Affiliation with the unit/union each member represents, title = position
UNWIND [
  {a: 'person:katrine-ring', b: 'org:sof-direktionen', props: {title: 'Adm. direktør'}, sources: ['document:64f1c8e78dbe42cc@29-29']},
  {a: 'person:tine-kock-nielsen', b: 'org:sof-chro', props: {title: 'Centerchef'}, sources: ['document:64f1c8e78dbe42cc@30-30']},
  {a: 'person:leon-engly-honore', b: 'org:sof-cmsb', props: {title: 'Områdechef'}, sources: ['document:64f1c8e78dbe42cc@31-31']},
  {a: 'person:anders-jacobsen', b: 'org:sof-clb', props: {title: 'Tilbudsleder'}, sources: ['document:64f1c8e78dbe42cc@32-32']},
  {a: 'person:helle-haslund', b: 'org:lfs', props: {title: 'Organisations- og medarbejderrepræsentant'}, sources: ['document:64f1c8e78dbe42cc@33-33']},
  {a: 'person:pernille-robertson-gaff', b: 'org:hk-kommunal', props: {title: 'Fællestillidsrepræsentant'}, sources: ['document:64f1c8e78dbe42cc@34-34']},
  {a: 'person:lars-petersen', b: 'org:sl', props: {title: 'Organisations- og medarbejderrepræsentant'}, sources: ['document:64f1c8e78dbe42cc@35-35']},
  {a: 'person:mie-ejdesgaard-boehm', b: 'org:dsr', props: {title: 'Suppleant'}, sources: ['document:64f1c8e78dbe42cc@36-36']},
  {a: 'person:laura-pode', b: 'org:ds', props: {title: 'Fællestillidsrepræsentant'}, sources: ['document:64f1c8e78dbe42cc@37-37']},
  {a: 'person:trine-ambrosius-svenstrup', b: 'org:sof-administrative-centre-ls-og-centerteams', props: {title: 'Arbejdsmiljørepræsentant'}, sources: ['document:64f1c8e78dbe42cc@38-38']},
  {a: 'person:jan-deleurand-groulef', b: 'org:sof-driftscentre-ekskl-dsi-og-centerteams', props: {title: 'Arbejdsmiljørepræsentant'}, sources: ['document:64f1c8e78dbe42cc@39-39']},
  {a: 'person:elizabeth-petersen', b: 'org:sof-driftscentre-ekskl-dsi-og-centerteams', props: {title: 'Arbejdsmiljørepræsentant'}, sources: ['document:64f1c8e78dbe42cc@40-40']},
  {a: 'person:jack-cassina', b: 'org:sof-driftscentre-ekskl-dsi-og-centerteams', props: {title: 'Arbejdsmiljørepræsentant'}, sources: ['document:64f1c8e78dbe42cc@47-47']},
  {a: 'person:helle-holm', b: 'org:sof-dsi', props: {title: 'Arbejdsmiljørepræsentant', `to`: date('2026-05-31')}, sources: ['document:64f1c8e78dbe42cc@48-48', 'document:64f1c8e78dbe42cc@387-387']},
  {a: 'person:simon-pasquali', b: 'org:sof-direktionen', props: {title: 'Direktør'}, sources: ['document:64f1c8e78dbe42cc@50-50']},
  {a: 'person:jacob-hess', b: 'org:sof-direktionen', props: {title: 'Direktør'}, sources: ['document:64f1c8e78dbe42cc@51-51']},
  {a: 'person:karoline-winther-lund', b: 'org:sof-cmsb', props: {title: 'Centerchef'}, sources: ['document:64f1c8e78dbe42cc@52-52']},
  {a: 'person:karin-munch-ravn', b: 'org:sof-cabs', props: {title: 'Områdechef', `to`: date('2026-05-31')}, sources: ['document:64f1c8e78dbe42cc@53-53', 'document:64f1c8e78dbe42cc@387-387']},
  {a: 'person:marie-soelling', b: 'org:sof-dsi', props: {title: 'Områdechef'}, sources: ['document:64f1c8e78dbe42cc@54-54']},
  {a: 'person:helle-hummelgaard-nielsen', b: 'org:sof-cbu', props: {title: 'Forstander'}, sources: ['document:64f1c8e78dbe42cc@55-55']},
  {a: 'person:susanne-winsloew', b: 'org:foa-sosu', props: {title: 'Fællestillidsrepræsentant'}, sources: ['document:64f1c8e78dbe42cc@56-56']},
  {a: 'person:eughtina-birkedahl', b: 'org:dsr', props: {title: 'Fællestillidsrepræsentant'}, sources: ['document:64f1c8e78dbe42cc@57-57']},
  {a: 'person:sissel-bennedikte-agergaard-jensen', b: 'org:ac', props: {title: 'Fællestillidsrepræsentant'}, sources: ['document:64f1c8e78dbe42cc@58-58']}
] AS row
MATCH (a:Person {id: row.a})
MATCH (b:Organisation {id: row.b})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
SET r += row.props, r.sources = row.sources;

// Move to SUF per 1 June 2026; the case handler
UNWIND [
  {a: 'person:helle-holm', b: 'org:kk-suf', props: {title: null, `from`: date('2026-06-01')}, sources: ['document:64f1c8e78dbe42cc@387-387']},
  {a: 'person:karin-munch-ravn', b: 'org:kk-suf', props: {title: null, `from`: date('2026-06-01')}, sources: ['document:64f1c8e78dbe42cc@387-387']},
  {a: 'person:alberte-hamann-gade', b: 'org:sof-ledelse-og-arbejdsmiljoe', props: {title: 'Sagsbehandler'}, sources: ['document:64f1c8e78dbe42cc@23-24', 'document:64f1c8e78dbe42cc@42-44']}
] AS row
MATCH (a:Person {id: row.a})
MATCH (b:Organisation {id: row.b})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
SET r += row.props, r.sources = row.sources;
