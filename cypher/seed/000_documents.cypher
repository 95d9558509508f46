// Seed graph: the five source documents.
// Facts only (title, date, kind, case numbers, hash); never the documents' text.
// Document id = 'document:' + first 16 hex chars of sha256 of the UTF-8 text (line endings normalised to \n).
// caseHandlers (added property, see README): Person ids of the Sagsbehandler named in the document header.

MERGE (d:Document {id: 'document:cf6ccfb19fde0c2c'})
SET d.title = 'Opsummering af pointer fra dialogmøde ml. BUU og HovedMED (dialogmøde 4. februar 2026)',
    d.date = date('2026-02-13'),
    d.kind = 'notat',
    d.caseNumbers = ['Sagsnummer i F2: 2026-996', 'Dokumentnummer i F2: 10071447', 'Sagsnummer i eDoc: 2026-0014521'],
    d.caseHandlers = ['person:axel-nordqvist'],
    d.source = 'seed/000_04d01ff150bbf103.txt',
    d.sha256 = 'cf6ccfb19fde0c2c39a77e4ca294048d722b34c05b31d7eb9f289c060633cb51';

MERGE (d:Document {id: 'document:3dcae9275e4baeff'})
SET d.title = 'MBU - Rådmandsmøde 17-08-2021: dagsorden med bilag, samt referat af rådmandsmøde 11-08-2021',
    d.date = date('2021-08-17'),
    d.kind = 'dagsorden',
    d.caseNumbers = ['Sag: 21/061078', 'Sag: 21/061078-3'],
    d.caseHandlers = ['person:jane-kortnum', 'person:jens-moeller-hald'],
    d.source = 'seed/001_45e8d6bd24117832.txt',
    d.sha256 = '3dcae9275e4baeff9f708f8bf3d340f79ece9b45212a91ad93762402d191c226';

MERGE (d:Document {id: 'document:84423de965432c33'})
SET d.title = 'Referat, HovedMED (Socialforvaltningen), udateret',
    d.date = null,
    d.kind = 'referat',
    d.caseNumbers = [],
    d.caseHandlers = [],
    d.source = 'seed/002_a2e3731fce46aef4.txt',
    d.sha256 = '84423de965432c3363b3977ed6d99578becb929590cbbcca569c22fc45a06d8f';

MERGE (d:Document {id: 'document:64f1c8e78dbe42cc'})
SET d.title = 'Referat, HovedMED d. 24. april 2026',
    d.date = date('2026-04-13'),
    d.kind = 'referat',
    d.caseNumbers = ['Sagsnummer i F2: 2026-8340', 'Dokumentnummer i F2: 10643749', 'Sagsnummer i eDoc: 2026-0139410'],
    d.caseHandlers = ['person:alberte-hamann-gade'],
    d.source = 'seed/003_d247cc09bbf5b452.txt',
    d.sha256 = '64f1c8e78dbe42cc39f44ffcb959fdcf54ede6543a8776c0f09b6e47b2623476';

MERGE (d:Document {id: 'document:de20476768e09235'})
SET d.title = 'Opsamlingsnotat omkring aktiviteter og erfaringer i KKR Hovedstadens taskforce for uddannelse og rekruttering',
    d.date = null,
    d.kind = 'notat',
    d.caseNumbers = [],
    d.caseHandlers = [],
    d.source = 'seed/004_e9c0325bf90213ad.txt',
    d.sha256 = 'de20476768e09235362a0e059687d8d2a66df66e32e56bb666aa0897fde74a24';
