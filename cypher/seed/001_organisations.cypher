// Seed graph: organisations that recur across the seed documents, their hierarchy (PART_OF),
// and the two Copenhagen forums that recur (HovedMED SOF, Socialudvalget).
// Idempotent: MERGE on id, then SET. Every node gets SOURCED_FROM edges; every edge carries sources.
// Resolution decisions are listed in cypher/README.md ("Seed graph: resolution decisions").

// Organisations
UNWIND [
  {id: 'org:aarhus-kommune', props: {name: 'Aarhus Kommune', aliases: ['Aarhus Kommune', 'Aarhus kommune', 'Århus Kommune', 'AAK'], kind: 'kommune'}, src: [{doc: 'document:3dcae9275e4baeff', f: 224, t: 224}, {doc: 'document:3dcae9275e4baeff', f: 334, t: 334}, {doc: 'document:3dcae9275e4baeff', f: 515, t: 515}]},
  {id: 'org:mbu', props: {name: 'Børn og Unge', aliases: ['Børn og Unge', 'BØRN OG UNGE', 'MBU'], kind: 'forvaltning'}, src: [{doc: 'document:3dcae9275e4baeff', f: 2, t: 2}, {doc: 'document:3dcae9275e4baeff', f: 222, t: 224}, {doc: 'document:3dcae9275e4baeff', f: 524, t: 524}]},
  {id: 'org:mbu-paedagogik-og-forebyggelse', props: {name: 'Pædagogik og Forebyggelse', aliases: ['Pædagogik og Forebyggelse'], kind: 'department'}, src: [{doc: 'document:3dcae9275e4baeff', f: 751, t: 753}, {doc: 'document:3dcae9275e4baeff', f: 587, t: 589}]},
  {id: 'org:mbu-oekonomi-og-administration', props: {name: 'Økonomi og Administration', aliases: ['Økonomi og Administration'], kind: 'department'}, src: [{doc: 'document:3dcae9275e4baeff', f: 222, t: 224}]},
  {id: 'org:mbu-personale', props: {name: 'Personale', aliases: ['Personale'], kind: 'department'}, src: [{doc: 'document:3dcae9275e4baeff', f: 222, t: 226}, {doc: 'document:3dcae9275e4baeff', f: 550, t: 550}]},
  {id: 'org:mbu-puf', props: {name: 'Pædagogik, Undervisning og Fritid', aliases: ['Pædagogik, Undervisning og Fritid', 'Pædagogik Undervisning og Fritid', 'PUF'], kind: 'department'}, src: [{doc: 'document:3dcae9275e4baeff', f: 528, t: 528}, {doc: 'document:3dcae9275e4baeff', f: 590, t: 595}]},
  {id: 'org:aarhus-jobcenter', props: {name: 'Aarhus Kommune Jobcenteret', aliases: ['Aarhus Kommune Jobcenteret', 'MSB Jobcenter'], kind: 'centre'}, src: [{doc: 'document:3dcae9275e4baeff', f: 606, t: 606}, {doc: 'document:3dcae9275e4baeff', f: 638, t: 638}]},
  {id: 'org:odense-kommune', props: {name: 'Odense Kommune', aliases: ['Odense Kommune'], kind: 'kommune'}, src: [{doc: 'document:3dcae9275e4baeff', f: 671, t: 671}]},
  {id: 'org:aalborg-kommune', props: {name: 'Aalborg Kommune', aliases: ['Aalborg Kommune'], kind: 'kommune'}, src: [{doc: 'document:3dcae9275e4baeff', f: 672, t: 674}]},
  {id: 'org:esbjerg-kommune', props: {name: 'Esbjerg Kommune', aliases: ['Esbjerg Kommune'], kind: 'kommune'}, src: [{doc: 'document:3dcae9275e4baeff', f: 681, t: 683}]},
  {id: 'org:randers-kommune', props: {name: 'Randers Kommune', aliases: ['Randers Kommune'], kind: 'kommune'}, src: [{doc: 'document:3dcae9275e4baeff', f: 684, t: 684}]},
  {id: 'org:kl', props: {name: 'KL', aliases: ['KL'], kind: 'other'}, src: [{doc: 'document:3dcae9275e4baeff', f: 330, t: 330}]},
  {id: 'org:koebenhavns-kommune', props: {name: 'Københavns Kommune', aliases: ['Københavns Kommune', 'Københavns kommune', 'KK', 'KBH'], kind: 'kommune'}, src: [{doc: 'document:3dcae9275e4baeff', f: 194, t: 194}, {doc: 'document:3dcae9275e4baeff', f: 271, t: 271}, {doc: 'document:3dcae9275e4baeff', f: 151, t: 151}, {doc: 'document:84423de965432c33', f: 137, t: 137}, {doc: 'document:64f1c8e78dbe42cc', f: 423, t: 423}]},
  {id: 'org:kk-buf', props: {name: 'Børne- og Ungdomsforvaltningen', aliases: ['Børne- og Ungdomsforvaltningen', 'Børne- og Ungeforvaltningen', 'BUF'], kind: 'forvaltning'}, src: [{doc: 'document:3dcae9275e4baeff', f: 425, t: 426}, {doc: 'document:3dcae9275e4baeff', f: 258, t: 258}, {doc: 'document:cf6ccfb19fde0c2c', f: 43, t: 44}]},
  {id: 'org:kk-sof', props: {name: 'Socialforvaltningen', aliases: ['Socialforvaltningen', 'SOF'], kind: 'forvaltning'}, src: [{doc: 'document:84423de965432c33', f: 5, t: 5}, {doc: 'document:64f1c8e78dbe42cc', f: 331, t: 331}]},
  {id: 'org:kk-suf', props: {name: 'SUF', aliases: ['SUF'], kind: 'forvaltning'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 387, t: 387}, {doc: 'document:64f1c8e78dbe42cc', f: 391, t: 391}]},
  {id: 'org:kk-bif', props: {name: 'BIF', aliases: ['BIF'], kind: 'forvaltning'}, src: [{doc: 'document:84423de965432c33', f: 224, t: 224}, {doc: 'document:84423de965432c33', f: 270, t: 270}, {doc: 'document:64f1c8e78dbe42cc', f: 411, t: 411}]},
  {id: 'org:sof-direktionen', props: {name: 'Direktionen', aliases: ['Direktionen'], kind: 'management'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 29, t: 29}, {doc: 'document:64f1c8e78dbe42cc', f: 50, t: 51}]},
  {id: 'org:sof-chro', props: {name: 'CHRO', aliases: ['CHRO'], kind: 'centre'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 30, t: 30}, {doc: 'document:84423de965432c33', f: 359, t: 359}]},
  {id: 'org:sof-cmsb', props: {name: 'CMSB', aliases: ['CMSB'], kind: 'centre'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 31, t: 31}, {doc: 'document:64f1c8e78dbe42cc', f: 52, t: 52}]},
  {id: 'org:sof-clb', props: {name: 'CLB', aliases: ['CLB'], kind: 'centre'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 32, t: 32}]},
  {id: 'org:sof-cbu', props: {name: 'CBU', aliases: ['CBU'], kind: 'centre'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 55, t: 55}]},
  {id: 'org:sof-cabs', props: {name: 'CABS', aliases: ['CABS', 'Center for Aktivitet, Beskæftigelse og Støtte til borgere i egen bolig'], kind: 'centre'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 53, t: 53}, {doc: 'document:64f1c8e78dbe42cc', f: 202, t: 202}]},
  {id: 'org:sof-dsi', props: {name: 'DSI', aliases: ['DSI', 'Din Sociale Indgang'], kind: 'centre'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 39, t: 40}, {doc: 'document:64f1c8e78dbe42cc', f: 48, t: 48}, {doc: 'document:64f1c8e78dbe42cc', f: 54, t: 54}, {doc: 'document:64f1c8e78dbe42cc', f: 401, t: 401}]},
  {id: 'org:sof-center-for-rusmiddelbehandling', props: {name: 'Center for Rusmiddelbehandling', aliases: ['Center for Rusmiddelbehandling'], kind: 'centre'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 112, t: 112}, {doc: 'document:64f1c8e78dbe42cc', f: 118, t: 118}]},
  {id: 'org:sof-sla', props: {name: 'Støtte, Ledsagelse og Akuttilbud', aliases: ['Støtte, Ledsagelse og Akuttilbud', 'SLA'], kind: 'department'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 120, t: 120}, {doc: 'document:64f1c8e78dbe42cc', f: 128, t: 128}, {doc: 'document:64f1c8e78dbe42cc', f: 172, t: 172}]},
  {id: 'org:sof-ledelse-og-arbejdsmiljoe', props: {name: 'Ledelse og Arbejdsmiljø', aliases: ['Ledelse og Arbejdsmiljø'], kind: 'department'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 42, t: 44}]},
  {id: 'org:sof-administrative-centre-ls-og-centerteams', props: {name: 'Administrative centre, LS og centerteams', aliases: ['Administrative centre, LS og centerteams', 'Administrative centre, LS og cen- terteams'], kind: 'constituency'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 38, t: 38}]},
  {id: 'org:sof-driftscentre-ekskl-dsi-og-centerteams', props: {name: 'Driftscentre (ekskl. DSI og centerteams)', aliases: ['Driftscentre (ekskl. DSI og centerteams)', 'Driftscentre (ekskl. DSI og centerte- ams)'], kind: 'constituency'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 39, t: 40}, {doc: 'document:64f1c8e78dbe42cc', f: 47, t: 47}]},
  {id: 'org:lo', props: {name: 'LO', aliases: ['LO'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 33, t: 35}, {doc: 'document:64f1c8e78dbe42cc', f: 56, t: 56}]},
  {id: 'org:lfs', props: {name: 'LFS', aliases: ['LFS', 'Landsforeningen af Socialpædagoger'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 33, t: 33}, {doc: 'document:3dcae9275e4baeff', f: 431, t: 433}]},
  {id: 'org:hk-kommunal', props: {name: 'HK Kommunal', aliases: ['HK Kommunal', 'HK Kommu- nal'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 34, t: 34}]},
  {id: 'org:sl', props: {name: 'SL', aliases: ['SL'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 35, t: 35}]},
  {id: 'org:foa-sosu', props: {name: 'FOA-SOSU', aliases: ['FOA-SOSU'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 56, t: 56}]},
  {id: 'org:ftf', props: {name: 'FTF', aliases: ['FTF'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 36, t: 37}, {doc: 'document:64f1c8e78dbe42cc', f: 57, t: 57}]},
  {id: 'org:dsr', props: {name: 'DSR', aliases: ['DSR'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 36, t: 36}, {doc: 'document:64f1c8e78dbe42cc', f: 57, t: 57}]},
  {id: 'org:ds', props: {name: 'DS', aliases: ['DS'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 37, t: 37}]},
  {id: 'org:ac', props: {name: 'AC', aliases: ['AC'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 58, t: 58}]},
  {id: 'org:djoef', props: {name: 'DJØF', aliases: ['DJØF'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 58, t: 58}]},
  {id: 'org:dm', props: {name: 'DM', aliases: ['DM'], kind: 'union'}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 58, t: 58}]},
  {id: 'org:bupl', props: {name: 'BUPL', aliases: ['BUPL', 'Børne- og Ungdomspædagogernes Landsforbund', 'BUPL’s forbundshus', 'BUPLs hovedkontor', 'BUPL hovedorganisation'], kind: 'union'}, src: [{doc: 'document:3dcae9275e4baeff', f: 193, t: 193}, {doc: 'document:3dcae9275e4baeff', f: 303, t: 307}, {doc: 'document:3dcae9275e4baeff', f: 406, t: 406}]},
  {id: 'org:bupl-aarhus', props: {name: 'BUPL Århus', aliases: ['BUPL Århus', 'BUPL Aarhus'], kind: 'union'}, src: [{doc: 'document:3dcae9275e4baeff', f: 271, t: 271}, {doc: 'document:3dcae9275e4baeff', f: 568, t: 568}, {doc: 'document:3dcae9275e4baeff', f: 622, t: 622}]},
  {id: 'org:bupl-hovedstaden', props: {name: 'BUPL Hovedstaden', aliases: ['BUPL Hovedstaden'], kind: 'union'}, src: [{doc: 'document:3dcae9275e4baeff', f: 271, t: 271}]},
  {id: 'org:bupl-a-kasse', props: {name: 'BUPLs A-kasse', aliases: ['BUPLs A-kasse'], kind: 'other'}, src: [{doc: 'document:3dcae9275e4baeff', f: 628, t: 628}]},
  {id: 'org:foa', props: {name: 'FOA', aliases: ['FOA'], kind: 'union'}, src: [{doc: 'document:3dcae9275e4baeff', f: 433, t: 433}, {doc: 'document:3dcae9275e4baeff', f: 571, t: 571}, {doc: 'document:3dcae9275e4baeff', f: 613, t: 613}]},
  {id: 'org:foa-aarhus', props: {name: 'FOA Århus', aliases: ['FOA Århus'], kind: 'union'}, src: [{doc: 'document:3dcae9275e4baeff', f: 572, t: 572}]},
  {id: 'org:via-uc', props: {name: 'VIA UC', aliases: ['VIA UC', 'UC VIA', 'VIA'], kind: 'education'}, src: [{doc: 'document:3dcae9275e4baeff', f: 271, t: 271}, {doc: 'document:3dcae9275e4baeff', f: 407, t: 407}, {doc: 'document:3dcae9275e4baeff', f: 515, t: 515}, {doc: 'document:3dcae9275e4baeff', f: 517, t: 517}]},
  {id: 'org:kp', props: {name: 'KP', aliases: ['KP', 'Københavns Professionshøjskole', 'Københavns Professionshøjskoen'], kind: 'education'}, src: [{doc: 'document:3dcae9275e4baeff', f: 271, t: 271}, {doc: 'document:3dcae9275e4baeff', f: 407, t: 408}, {doc: 'document:de20476768e09235', f: 104, t: 104}]},
  {id: 'org:sosu-oestjylland', props: {name: 'SOSU Østjylland', aliases: ['SOSU Østjylland'], kind: 'education'}, src: [{doc: 'document:3dcae9275e4baeff', f: 575, t: 575}]},
  {id: 'org:aalborg-universitet', props: {name: 'Aalborg Universitet', aliases: ['Aalborg Universitet'], kind: 'education'}, src: [{doc: 'document:3dcae9275e4baeff', f: 578, t: 578}]}
] AS row
MERGE (n:Organisation {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

// Organisation hierarchy (child PART_OF parent)
UNWIND [
  {a: 'org:mbu', b: 'org:aarhus-kommune', props: {}, sources: ['document:3dcae9275e4baeff@222-224']},
  {a: 'org:mbu-paedagogik-og-forebyggelse', b: 'org:mbu', props: {}, sources: ['document:3dcae9275e4baeff@751-753']},
  {a: 'org:mbu-oekonomi-og-administration', b: 'org:mbu', props: {}, sources: ['document:3dcae9275e4baeff@222-224']},
  {a: 'org:mbu-personale', b: 'org:mbu-oekonomi-og-administration', props: {}, sources: ['document:3dcae9275e4baeff@222-226']},
  {a: 'org:mbu-puf', b: 'org:mbu', props: {}, sources: ['document:3dcae9275e4baeff@590-595']},
  {a: 'org:aarhus-jobcenter', b: 'org:aarhus-kommune', props: {}, sources: ['document:3dcae9275e4baeff@638-638']},
  {a: 'org:kk-buf', b: 'org:koebenhavns-kommune', props: {}, sources: ['document:3dcae9275e4baeff@425-426']},
  {a: 'org:kk-sof', b: 'org:koebenhavns-kommune', props: {}, sources: ['document:84423de965432c33@137-140']},
  {a: 'org:kk-suf', b: 'org:koebenhavns-kommune', props: {}, sources: ['document:64f1c8e78dbe42cc@391-391']},
  {a: 'org:kk-bif', b: 'org:koebenhavns-kommune', props: {}, sources: ['document:84423de965432c33@269-270']},
  {a: 'org:sof-direktionen', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@26-29']},
  {a: 'org:sof-chro', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@30-30']},
  {a: 'org:sof-cmsb', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@31-31']},
  {a: 'org:sof-clb', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@32-32']},
  {a: 'org:sof-cbu', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@55-55']},
  {a: 'org:sof-cabs', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@53-53']},
  {a: 'org:sof-dsi', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@48-48', 'document:64f1c8e78dbe42cc@401-401']},
  {a: 'org:sof-center-for-rusmiddelbehandling', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@112-112']},
  {a: 'org:sof-sla', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@120-120']},
  {a: 'org:sof-ledelse-og-arbejdsmiljoe', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@42-44']},
  {a: 'org:sof-administrative-centre-ls-og-centerteams', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@38-38']},
  {a: 'org:sof-driftscentre-ekskl-dsi-og-centerteams', b: 'org:kk-sof', props: {}, sources: ['document:64f1c8e78dbe42cc@39-39']},
  {a: 'org:lfs', b: 'org:lo', props: {}, sources: ['document:64f1c8e78dbe42cc@33-33']},
  {a: 'org:lfs', b: 'org:foa', props: {}, sources: ['document:3dcae9275e4baeff@431-433']},
  {a: 'org:hk-kommunal', b: 'org:lo', props: {}, sources: ['document:64f1c8e78dbe42cc@34-34']},
  {a: 'org:sl', b: 'org:lo', props: {}, sources: ['document:64f1c8e78dbe42cc@35-35']},
  {a: 'org:foa-sosu', b: 'org:lo', props: {}, sources: ['document:64f1c8e78dbe42cc@56-56']},
  {a: 'org:dsr', b: 'org:ftf', props: {}, sources: ['document:64f1c8e78dbe42cc@36-36', 'document:64f1c8e78dbe42cc@57-57']},
  {a: 'org:ds', b: 'org:ftf', props: {}, sources: ['document:64f1c8e78dbe42cc@37-37']},
  {a: 'org:djoef', b: 'org:ac', props: {}, sources: ['document:64f1c8e78dbe42cc@58-58']},
  {a: 'org:dm', b: 'org:ac', props: {}, sources: ['document:64f1c8e78dbe42cc@58-58']},
  {a: 'org:bupl-aarhus', b: 'org:bupl', props: {}, sources: ['document:3dcae9275e4baeff@270-271']},
  {a: 'org:bupl-hovedstaden', b: 'org:bupl', props: {}, sources: ['document:3dcae9275e4baeff@270-271']},
  {a: 'org:foa-aarhus', b: 'org:foa', props: {}, sources: ['document:3dcae9275e4baeff@571-572']}
] AS row
MATCH (a:Organisation {id: row.a})
MATCH (b:Organisation {id: row.b})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props, r.sources = row.sources;

// Forums that recur in two documents
UNWIND [
  {id: 'forum:hovedmed-sof', props: {name: 'HovedMED (Socialforvaltningen)', aliases: ['HovedMED (Socialforvaltningen)', 'HovedMED', 'HovedMED SOF'], kind: 'med'}, src: [{doc: 'document:84423de965432c33', f: 7, t: 7}, {doc: 'document:64f1c8e78dbe42cc', f: 10, t: 10}, {doc: 'document:64f1c8e78dbe42cc', f: 26, t: 26}]},
  {id: 'forum:kk-socialudvalget', props: {name: 'Socialudvalget', aliases: ['Socialudvalget', 'SUD'], kind: 'committee'}, src: [{doc: 'document:84423de965432c33', f: 54, t: 57}, {doc: 'document:84423de965432c33', f: 137, t: 138}, {doc: 'document:64f1c8e78dbe42cc', f: 86, t: 86}]}
] AS row
MERGE (n:Forum {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

// Host organisations of the shared forums
UNWIND [
  {a: 'org:kk-sof', b: 'forum:hovedmed-sof', props: {role: 'host'}, sources: ['document:84423de965432c33@17-20', 'document:64f1c8e78dbe42cc@26-29']},
  {a: 'org:koebenhavns-kommune', b: 'forum:kk-socialudvalget', props: {role: 'host'}, sources: ['document:84423de965432c33@137-138']}
] AS row
MATCH (a:Organisation {id: row.a})
MATCH (b:Forum {id: row.b})
MERGE (a)-[r:PARTICIPATES_IN]->(b)
SET r += row.props, r.sources = row.sources;
