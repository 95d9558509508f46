// Seed graph: every person named in the five seed documents, one node per person.
// Entity resolution happens here: aliases holds every written form (incl. OCR and hyphenation forms) and
// initials; see cypher/README.md "Seed graph: resolution decisions" for the uncertain ones.
// SOURCED_FROM edges point at the principal mentions (lists, tables, first naming), not every mention.

// People named in 001 (MBU, Aarhus)
UNWIND [
  {id: 'person:hans-van-binsbergen', props: {name: 'Hans van Binsbergen', aliases: ['Hans van Binsbergen', 'HvB'], initials: ['HvB']}, src: [{doc: 'document:3dcae9275e4baeff', f: 10, t: 10}, {doc: 'document:3dcae9275e4baeff', f: 72, t: 72}, {doc: 'document:3dcae9275e4baeff', f: 168, t: 168}]},
  {id: 'person:hardy-pedersen', props: {name: 'Hardy Pedersen', aliases: ['Hardy Pedersen', 'HP'], initials: ['HP']}, src: [{doc: 'document:3dcae9275e4baeff', f: 11, t: 11}, {doc: 'document:3dcae9275e4baeff', f: 73, t: 73}, {doc: 'document:3dcae9275e4baeff', f: 37, t: 37}, {doc: 'document:3dcae9275e4baeff', f: 168, t: 168}]},
  {id: 'person:helle-bach-lauridsen', props: {name: 'Helle Bach Lauridsen', aliases: ['Helle Bach Lauridsen', 'HBL'], initials: ['HBL']}, src: [{doc: 'document:3dcae9275e4baeff', f: 12, t: 12}, {doc: 'document:3dcae9275e4baeff', f: 74, t: 74}, {doc: 'document:3dcae9275e4baeff', f: 181, t: 181}]},
  {id: 'person:karina-moeller', props: {name: 'Karina Møller', aliases: ['Karina Møller'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 13, t: 13}, {doc: 'document:3dcae9275e4baeff', f: 75, t: 75}]},
  {id: 'person:lisbeth-schmidt-andersen', props: {name: 'Lisbeth Schmidt Andersen', aliases: ['Lisbeth Schmidt Andersen', 'Lisbeth S. Andersen', 'LSA'], initials: ['LSA']}, src: [{doc: 'document:3dcae9275e4baeff', f: 14, t: 14}, {doc: 'document:3dcae9275e4baeff', f: 76, t: 76}, {doc: 'document:3dcae9275e4baeff', f: 179, t: 179}, {doc: 'document:3dcae9275e4baeff', f: 678, t: 679}]},
  {id: 'person:martin-oestergaard-christensen', props: {name: 'Martin Østergaard Christensen', aliases: ['Martin Østergaard Christensen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 15, t: 15}, {doc: 'document:3dcae9275e4baeff', f: 77, t: 77}]},
  {id: 'person:ole-kiil-jacobsen', props: {name: 'Ole Kiil Jacobsen', aliases: ['Ole Kiil Jacobsen', 'Ole Kiil', 'OKJ'], initials: ['OKJ']}, src: [{doc: 'document:3dcae9275e4baeff', f: 16, t: 16}, {doc: 'document:3dcae9275e4baeff', f: 78, t: 78}, {doc: 'document:3dcae9275e4baeff', f: 130, t: 130}, {doc: 'document:3dcae9275e4baeff', f: 142, t: 142}, {doc: 'document:3dcae9275e4baeff', f: 525, t: 525}, {doc: 'document:3dcae9275e4baeff', f: 587, t: 589}, {doc: 'document:3dcae9275e4baeff', f: 712, t: 712}]},
  {id: 'person:stefan-moeller-christiansen', props: {name: 'Stefan Møller Christiansen', aliases: ['Stefan Møller Christiansen', 'SMC'], initials: ['SMC']}, src: [{doc: 'document:3dcae9275e4baeff', f: 17, t: 17}, {doc: 'document:3dcae9275e4baeff', f: 79, t: 79}, {doc: 'document:3dcae9275e4baeff', f: 172, t: 172}, {doc: 'document:3dcae9275e4baeff', f: 702, t: 703}]},
  {id: 'person:susanne-hammer-jakobsen', props: {name: 'Susanne Hammer-Jakobsen', aliases: ['Susanne Hammer-Jakobsen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 18, t: 18}, {doc: 'document:3dcae9275e4baeff', f: 80, t: 80}]},
  {id: 'person:susanne-holst', props: {name: 'Susanne Holst', aliases: ['Susanne Holst', 'SH'], initials: ['SH']}, src: [{doc: 'document:3dcae9275e4baeff', f: 19, t: 19}, {doc: 'document:3dcae9275e4baeff', f: 81, t: 81}, {doc: 'document:3dcae9275e4baeff', f: 174, t: 174}]},
  {id: 'person:thomas-medom', props: {name: 'Thomas Medom Hansen', aliases: ['Thomas Medom Hansen', 'Thomas Medom', 'TM'], initials: ['TM']}, src: [{doc: 'document:3dcae9275e4baeff', f: 20, t: 20}, {doc: 'document:3dcae9275e4baeff', f: 82, t: 82}, {doc: 'document:3dcae9275e4baeff', f: 148, t: 148}, {doc: 'document:3dcae9275e4baeff', f: 258, t: 258}, {doc: 'document:3dcae9275e4baeff', f: 263, t: 263}, {doc: 'document:3dcae9275e4baeff', f: 555, t: 555}, {doc: 'document:3dcae9275e4baeff', f: 586, t: 586}]},
  {id: 'person:trine-krabbe', props: {name: 'Trine Krabbe', aliases: ['Trine Krabbe'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 21, t: 21}, {doc: 'document:3dcae9275e4baeff', f: 83, t: 83}]},
  {id: 'person:mette-soeberg', props: {name: 'Mette Søberg', aliases: ['Mette Søberg', 'MS'], initials: ['MS']}, src: [{doc: 'document:3dcae9275e4baeff', f: 23, t: 23}, {doc: 'document:3dcae9275e4baeff', f: 27, t: 27}, {doc: 'document:3dcae9275e4baeff', f: 85, t: 85}, {doc: 'document:3dcae9275e4baeff', f: 140, t: 140}, {doc: 'document:3dcae9275e4baeff', f: 143, t: 143}, {doc: 'document:3dcae9275e4baeff', f: 526, t: 526}, {doc: 'document:3dcae9275e4baeff', f: 590, t: 590}]},
  {id: 'person:karina-corneliusen', props: {name: 'Karina Corneliusen', aliases: ['Karina Corneliusen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 23, t: 23}]},
  {id: 'person:jesper-saxvig-callesen', props: {name: 'Jesper Saxvig Callesen', aliases: ['Jesper Saxvig Callesen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 23, t: 23}]},
  {id: 'person:patrick-larsen', props: {name: 'Patrick Larsen', aliases: ['Patrick Larsen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 24, t: 24}]},
  {id: 'person:jens-moeller-hald', props: {name: 'Jens Møller Hald', aliases: ['Jens Møller Hald'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 24, t: 24}, {doc: 'document:3dcae9275e4baeff', f: 764, t: 765}]},
  {id: 'person:helle-moelgaard', props: {name: 'Helle Mølgaard', aliases: ['Helle Mølgaard'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 25, t: 25}]},
  {id: 'person:klaus-jepsen', props: {name: 'Klaus Jepsen', aliases: ['Klaus Jepsen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 25, t: 25}]},
  {id: 'person:ole-jeppesen', props: {name: 'Ole Jeppesen', aliases: ['Ole Jeppesen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 25, t: 25}]},
  {id: 'person:helle-wrang-klinge', props: {name: 'Helle Wrang Klinge', aliases: ['Helle Wrang Klinge', 'Helle Klinge'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 27, t: 27}, {doc: 'document:3dcae9275e4baeff', f: 528, t: 528}, {doc: 'document:3dcae9275e4baeff', f: 547, t: 547}, {doc: 'document:3dcae9275e4baeff', f: 675, t: 677}]},
  {id: 'person:cathrine-garbers', props: {name: 'Cathrine Garbers', aliases: ['Cathrine Garbers'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 27, t: 27}]},
  {id: 'person:lone-nielsen', props: {name: 'Lone Nielsen', aliases: ['Lone Nielsen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 27, t: 28}]},
  {id: 'person:ane-loell', props: {name: 'Ane Loell', aliases: ['Ane Loell'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 28, t: 28}]},
  {id: 'person:rikke-slot-johnsen', props: {name: 'Rikke Slot Johnsen', aliases: ['Rikke Slot Johnsen', 'Rikke Slot'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 28, t: 28}, {doc: 'document:3dcae9275e4baeff', f: 529, t: 529}, {doc: 'document:3dcae9275e4baeff', f: 549, t: 549}, {doc: 'document:3dcae9275e4baeff', f: 593, t: 595}, {doc: 'document:3dcae9275e4baeff', f: 610, t: 610}]},
  {id: 'person:maria-skoett-davidsen', props: {name: 'Maria Skøtt Davidsen', aliases: ['Maria Skøtt Davidsen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 28, t: 28}]},
  {id: 'person:thomas-runge-noertoft', props: {name: 'Thomas Runge Nørtoft', aliases: ['Thomas Runge Nørtoft'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 29, t: 29}]},
  {id: 'person:gitte-skuldboel-joergensen', props: {name: 'Gitte Skuldbøl Jørgensen', aliases: ['Gitte Skuldbøl Jørgensen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 29, t: 29}]},
  {id: 'person:martha-berdiin', props: {name: 'Martha Berdiin', aliases: ['Martha Berdiin'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 29, t: 30}]},
  {id: 'person:lisa-balch', props: {name: 'Lisa Balch', aliases: ['Lisa Balch'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 30, t: 30}]},
  {id: 'person:cecilie-sandkvist-hansen', props: {name: 'Cecilie Sandkvist Hansen', aliases: ['Cecilie Sandkvist Hansen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 30, t: 30}]},
  {id: 'person:anita-frost', props: {name: 'Anita Frost', aliases: ['Anita Frost'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 30, t: 30}]},
  {id: 'person:louise-heltborg-budde', props: {name: 'Louise Heltborg Budde', aliases: ['Louise Heltborg Budde', 'LHB'], initials: ['LHB']}, src: [{doc: 'document:3dcae9275e4baeff', f: 85, t: 85}, {doc: 'document:3dcae9275e4baeff', f: 140, t: 140}, {doc: 'document:3dcae9275e4baeff', f: 142, t: 142}]},
  {id: 'person:charlotte-mariane-buchhave', props: {name: 'Charlotte Mariane Buchhave', aliases: ['Charlotte Mariane Buchhave'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 85, t: 86}, {doc: 'document:3dcae9275e4baeff', f: 140, t: 140}]},
  {id: 'person:jane-kortnum', props: {name: 'Jane Kortnum', aliases: ['Jane Kortnum'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 236, t: 237}, {doc: 'document:3dcae9275e4baeff', f: 453, t: 454}, {doc: 'document:3dcae9275e4baeff', f: 646, t: 646}]},
  {id: 'person:nejra-saskin', props: {name: 'Nejra Saskin', aliases: ['Nejra Saskin'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 254, t: 254}]},
  {id: 'person:elisa-rimpler', props: {name: 'Elisa Rimpler', aliases: ['Elisa Rimpler'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 256, t: 256}, {doc: 'document:3dcae9275e4baeff', f: 292, t: 292}, {doc: 'document:3dcae9275e4baeff', f: 296, t: 297}]},
  {id: 'person:jesper-christensen', props: {name: 'Jesper Christensen', aliases: ['Jesper Christensen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 263, t: 263}]},
  {id: 'person:stefan-hermann', props: {name: 'Stefan Hermann', aliases: ['Stefan Hermann'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 263, t: 263}]},
  {id: 'person:harald-mikkelsen', props: {name: 'Harald Mikkelsen', aliases: ['Harald Mikkelsen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 263, t: 263}]},
  {id: 'person:marianne-gilbert-nielsen', props: {name: 'Marianne Gilbert Nielsen', aliases: ['Marianne Gilbert Nielsen', 'Marianne Gilbert'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 259, t: 259}, {doc: 'document:3dcae9275e4baeff', f: 292, t: 292}, {doc: 'document:3dcae9275e4baeff', f: 568, t: 568}]},
  {id: 'person:henriette-brockdorff', props: {name: 'Henriette Brockdorff', aliases: ['Henriette Brockdorff'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 259, t: 259}, {doc: 'document:3dcae9275e4baeff', f: 292, t: 292}]},
  {id: 'person:poul-erik-philipsen', props: {name: 'Poul Erik Philipsen', aliases: ['Poul Erik Philipsen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 518, t: 518}]},
  {id: 'person:susanne-tellerup', props: {name: 'Susanne Tellerup', aliases: ['Susanne Tellerup'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 519, t: 519}]},
  {id: 'person:elsebeth-jensen', props: {name: 'Elsebeth Jensen', aliases: ['Elsebeth Jensen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 520, t: 520}]},
  {id: 'person:britta-riishede', props: {name: 'Britta Riishede', aliases: ['Britta Riishede'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 521, t: 521}]},
  {id: 'person:sari-senger', props: {name: 'Sari Senger', aliases: ['Sari Senger'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 522, t: 522}]},
  {id: 'person:birgitte-oestergaard-lykke', props: {name: 'Birgitte Østergaard Lykke', aliases: ['Birgitte Østergaard Lykke', 'Birgittte Østergaard Lykke'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 527, t: 527}, {doc: 'document:3dcae9275e4baeff', f: 644, t: 644}]},
  {id: 'person:anne-birthe-due-bendixen', props: {name: 'Anne Birthe Due Bendixen', aliases: ['Anne Birthe Due Bendixen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 536, t: 538}, {doc: 'document:3dcae9275e4baeff', f: 601, t: 603}]},
  {id: 'person:kathrine-tannebaek-pedersen', props: {name: 'Kathrine Tannebæk Pedersen', aliases: ['Kathrine Tannebæk Pedersen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 539, t: 541}]},
  {id: 'person:dorte-ladefoged-dinnesen', props: {name: 'Dorte Ladefoged Dinnesen', aliases: ['Dorte Ladefoged Dinnesen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 542, t: 544}]},
  {id: 'person:mette-skovby', props: {name: 'Mette Skovby', aliases: ['Mette Skovby'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 548, t: 548}]},
  {id: 'person:maria-luisa-galan-van-binsbergen', props: {name: 'Maria Luisa Galán van Binsbergen', aliases: ['Maria Luisa Galán van Binsbergen', 'Maria van Binsbergen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 550, t: 550}, {doc: 'document:3dcae9275e4baeff', f: 611, t: 611}, {doc: 'document:3dcae9275e4baeff', f: 645, t: 645}]},
  {id: 'person:christian-thaarup', props: {name: 'Christian Thaarup', aliases: ['Christian Thaarup'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 551, t: 551}]},
  {id: 'person:andreas-rasch-christensen', props: {name: 'Andreas Rasch Christensen', aliases: ['Andreas Rasch Christensen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 564, t: 564}]},
  {id: 'person:lise-joensson', props: {name: 'Lise Jönsson', aliases: ['Lise Jönsson'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 565, t: 565}]},
  {id: 'person:helle-ebsen', props: {name: 'Helle Ebsen', aliases: ['Helle Ebsen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 569, t: 569}]},
  {id: 'person:jack-hougaard-kristensen', props: {name: 'Jack Hougaard Kristensen', aliases: ['Jack Hougaard Kristensen', 'Jack Hougaard'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 572, t: 572}, {doc: 'document:3dcae9275e4baeff', f: 614, t: 614}]},
  {id: 'person:birgit-stechmann', props: {name: 'Birgit Stechmann', aliases: ['Birgit Stechmann'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 573, t: 573}]},
  {id: 'person:karen-brix-roed', props: {name: 'Karen Brix Roed', aliases: ['Karen Brix Roed'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 576, t: 576}]},
  {id: 'person:charlotte-wegener', props: {name: 'Charlotte Wegener', aliases: ['Charlotte Wegener'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 579, t: 579}]},
  {id: 'person:torsten-thorstensen', props: {name: 'Torsten Thorstensen', aliases: ['Torsten Thorstensen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 604, t: 604}, {doc: 'document:3dcae9275e4baeff', f: 636, t: 636}]},
  {id: 'person:ingrid-roed', props: {name: 'Ingrid Roed', aliases: ['Ingrid Roed'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 607, t: 607}, {doc: 'document:3dcae9275e4baeff', f: 641, t: 641}]},
  {id: 'person:carin-weibull', props: {name: 'Carin Weibull', aliases: ['Carin Weibull'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 617, t: 617}, {doc: 'document:3dcae9275e4baeff', f: 626, t: 626}]},
  {id: 'person:ulf-groth-berntsen', props: {name: 'Ulf Groth Berntsen', aliases: ['Ulf Groth Berntsen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 625, t: 625}]},
  {id: 'person:kirsten-leding-lindholdt', props: {name: 'Kirsten Leding Lindholdt', aliases: ['Kirsten Leding Lindholdt'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 629, t: 629}]},
  {id: 'person:anna-fransen', props: {name: 'Anna Fransen', aliases: ['Anna Fransen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 630, t: 630}]},
  {id: 'person:charlotte-rixen', props: {name: 'Charlotte Rixen', aliases: ['Charlotte Rixen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 631, t: 631}]},
  {id: 'person:stine-stougaard-kiil', props: {name: 'Stine Stougaard Kiil', aliases: ['Stine Stougaard Kiil'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 632, t: 632}]},
  {id: 'person:jan-ankerstjerne', props: {name: 'Jan Ankerstjerne', aliases: ['Jan Ankerstjerne'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 635, t: 635}]},
  {id: 'person:dorthe-marie-jensen', props: {name: 'Dorthe Marie Jensen', aliases: ['Dorthe Marie Jensen'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 639, t: 639}]},
  {id: 'person:heidi-boecker-helleskov', props: {name: 'Heidi Bøcker Helleskov', aliases: ['Heidi Bøcker Helleskov'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 640, t: 640}]},
  {id: 'person:mette-hviid-lausten', props: {name: 'Mette Hviid Lausten', aliases: ['Mette Hviid Lausten'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 671, t: 671}]},
  {id: 'person:hans-christian-mariegaard', props: {name: 'Hans Christian Mariegaard', aliases: ['Hans Christian Mariegaard'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 672, t: 674}]},
  {id: 'person:mette-lindkaer', props: {name: 'Mette Lindkær', aliases: ['Mette Lindkær'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 681, t: 683}]},
  {id: 'person:lars-lynghoej', props: {name: 'Lars Lynghøj', aliases: ['Lars Lynghøj'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 684, t: 684}]},
  {id: 'person:inger-suppli', props: {name: 'Inger Suppli', aliases: ['Inger Suppli'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 685, t: 686}]},
  {id: 'person:gitte-abildlund', props: {name: 'Gitte Abildlund', aliases: ['Gitte Abildlund'], initials: []}, src: [{doc: 'document:3dcae9275e4baeff', f: 688, t: 690}]}
] AS row
MERGE (n:Person {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);

// People named in 000, 002, 003
UNWIND [
  {id: 'person:axel-nordqvist', props: {name: 'Axel Nordqvist', aliases: ['Axel Nordqvist'], initials: []}, src: [{doc: 'document:cf6ccfb19fde0c2c', f: 13, t: 14}]},
  {id: 'person:katrine-ring', props: {name: 'Katrine Ring', aliases: ['Katrine Ring'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 29, t: 29}, {doc: 'document:64f1c8e78dbe42cc', f: 80, t: 80}, {doc: 'document:84423de965432c33', f: 269, t: 269}, {doc: 'document:84423de965432c33', f: 285, t: 285}]},
  {id: 'person:tine-kock-nielsen', props: {name: 'Tine Kock Nielsen', aliases: ['Tine Kock Nielsen', 'Tine Kock'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 30, t: 30}, {doc: 'document:64f1c8e78dbe42cc', f: 411, t: 411}, {doc: 'document:84423de965432c33', f: 355, t: 355}]},
  {id: 'person:leon-engly-honore', props: {name: 'Leon Engly Honoré', aliases: ['Leon Engly Honoré'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 31, t: 31}, {doc: 'document:64f1c8e78dbe42cc', f: 435, t: 435}]},
  {id: 'person:anders-jacobsen', props: {name: 'Anders Jacobsen', aliases: ['Anders Jacobsen'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 32, t: 32}, {doc: 'document:64f1c8e78dbe42cc', f: 293, t: 293}]},
  {id: 'person:helle-haslund', props: {name: 'Helle Haslund', aliases: ['Helle Haslund'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 33, t: 33}, {doc: 'document:84423de965432c33', f: 82, t: 82}]},
  {id: 'person:pernille-robertson-gaff', props: {name: 'Pernille Robertson Gaff', aliases: ['Pernille Robertson Gaff'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 34, t: 34}, {doc: 'document:84423de965432c33', f: 124, t: 124}]},
  {id: 'person:lars-petersen', props: {name: 'Lars Petersen', aliases: ['Lars Petersen'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 35, t: 35}]},
  {id: 'person:mie-ejdesgaard-boehm', props: {name: 'Mie Ejdesgaard Böhm', aliases: ['Mie Ejdesgaard Böhm'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 36, t: 36}, {doc: 'document:64f1c8e78dbe42cc', f: 88, t: 88}]},
  {id: 'person:laura-pode', props: {name: 'Laura Pode', aliases: ['Laura Pode'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 37, t: 37}, {doc: 'document:64f1c8e78dbe42cc', f: 128, t: 128}]},
  {id: 'person:trine-ambrosius-svenstrup', props: {name: 'Trine Ambrosius Svenstrup', aliases: ['Trine Ambrosius Svenstrup'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 38, t: 38}]},
  {id: 'person:jan-deleurand-groulef', props: {name: 'Jan Deleurand Groulef', aliases: ['Jan Deleurand Groulef', 'Jan Deleurand Grou- lef'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 39, t: 39}, {doc: 'document:64f1c8e78dbe42cc', f: 263, t: 263}]},
  {id: 'person:elizabeth-petersen', props: {name: 'Elizabeth Petersen', aliases: ['Elizabeth Petersen'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 40, t: 40}, {doc: 'document:64f1c8e78dbe42cc', f: 291, t: 291}]},
  {id: 'person:jack-cassina', props: {name: 'Jack Cassina', aliases: ['Jack Cassina'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 47, t: 47}, {doc: 'document:84423de965432c33', f: 347, t: 347}]},
  {id: 'person:helle-holm', props: {name: 'Helle Holm', aliases: ['Helle Holm'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 48, t: 48}, {doc: 'document:64f1c8e78dbe42cc', f: 387, t: 387}, {doc: 'document:84423de965432c33', f: 394, t: 394}]},
  {id: 'person:simon-pasquali', props: {name: 'Simon Pasquali', aliases: ['Simon Pasquali'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 50, t: 50}, {doc: 'document:84423de965432c33', f: 50, t: 50}]},
  {id: 'person:jacob-hess', props: {name: 'Jacob Hess', aliases: ['Jacob Hess'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 51, t: 51}]},
  {id: 'person:karoline-winther-lund', props: {name: 'Karoline Winther-Lund', aliases: ['Karoline Winther-Lund'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 52, t: 52}]},
  {id: 'person:karin-munch-ravn', props: {name: 'Karin Munch Ravn', aliases: ['Karin Munch Ravn'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 53, t: 53}, {doc: 'document:64f1c8e78dbe42cc', f: 387, t: 387}]},
  {id: 'person:marie-soelling', props: {name: 'Marie Sølling', aliases: ['Marie Sølling'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 54, t: 54}]},
  {id: 'person:helle-hummelgaard-nielsen', props: {name: 'Helle Hummelgaard Nielsen', aliases: ['Helle Hummelgaard Nielsen'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 55, t: 55}, {doc: 'document:84423de965432c33', f: 212, t: 212}]},
  {id: 'person:susanne-winsloew', props: {name: 'Susanne Winsløw', aliases: ['Susanne Winsløw'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 56, t: 56}]},
  {id: 'person:eughtina-birkedahl', props: {name: 'Eughtina Birkedahl', aliases: ['Eughtina Birkedahl'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 57, t: 57}, {doc: 'document:84423de965432c33', f: 111, t: 111}]},
  {id: 'person:sissel-bennedikte-agergaard-jensen', props: {name: 'Sissel Bennedikte Agergaard Jensen', aliases: ['Sissel Bennedikte Agergaard Jensen'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 58, t: 58}]},
  {id: 'person:bettina-ruben', props: {name: 'Bettina Ruben', aliases: ['Bettina Ruben'], initials: []}, src: [{doc: 'document:84423de965432c33', f: 292, t: 292}]},
  {id: 'person:janne-bech-jensen', props: {name: 'Janne Bech Jensen', aliases: ['Janne Bech Jensen'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 110, t: 110}]},
  {id: 'person:jesper-tofte-graabek', props: {name: 'Jesper Tofte Graabek', aliases: ['Jesper Tofte Graabek'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 110, t: 110}]},
  {id: 'person:alberte-hamann-gade', props: {name: 'Alberte Hamann Gade', aliases: ['Alberte Hamann Gade'], initials: []}, src: [{doc: 'document:64f1c8e78dbe42cc', f: 23, t: 24}]}
] AS row
MERGE (n:Person {id: row.id})
SET n += row.props
WITH n, row
UNWIND row.src AS s
MATCH (d:Document {id: s.doc})
MERGE (n)-[r:SOURCED_FROM {fromLine: s.f, toLine: s.t}]->(d);
