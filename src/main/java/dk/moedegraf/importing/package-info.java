/**
 * Importing minutes: plain text in (as PDF-to-text or OCR gives it), graph out.
 *
 * <h2>Surfaces</h2>
 * <ul>
 * <li>GraphQL: {@code importDocument(input: {title, text, source, dryRun})} returns the contract's
 * {@code ImportReport} plus {@code decisions} (per entity: matched or created, and why). Rejected input is
 * a {@code BAD_REQUEST} error.</li>
 * <li>HTTP: {@code POST /api/import} with a multipart {@code file}, or the text as a {@code text/plain}
 * body; query parameters {@code title}, {@code source}, {@code dryRun}. Bytes must be UTF-8. Answers the
 * report as JSON, or 400 {@code {"error": …}}.</li>
 * <li>Command line: {@code java -jar moedegraf.jar import [--dry-run] FILE…}: one line of progress per
 * file, a summary, exit status 0 (all imported), 1 (some refused) or 2 (usage). It opens the same
 * database as the server (embedded by default), so stop the server first or point both at one Neo4j
 * with {@code NEO4J_URI}.</li>
 * </ul>
 *
 * <h2>Behaviour</h2>
 * One transaction per document. Ids are deterministic ({@code document:} + 16 hex of the SHA-256 of the
 * text with \n line ends; {@code meeting:<forum>-<date>}; {@code item:<meeting>-<number>}; people,
 * organisations, forums and initiatives by slug unless matched), and every write is a MERGE, so
 * importing the same text again creates nothing. {@code dryRun} runs the same writes and rolls them
 * back: its counts are exact. Every node read gets {@code SOURCED_FROM {fromLine, toLine}} to the
 * document, every edge a {@code sources} entry {@code "<documentId>@<from>-<to>"}; the text is stored
 * on the document. Facts the graph already holds keep their values: an import fills gaps and adds
 * sources, it does not overwrite curated properties.
 *
 * <h2>Parsing</h2>
 * {@link dk.moedegraf.importing.MinutesParser} runs two pipelines over {@link dk.moedegraf.importing.Lines} (the
 * text with OCR damage repaired for matching, and lists written in initials written out as the names the minutes give
 * those initials, {@link dk.moedegraf.importing.InitialsInLists}). First the layout steps, in this order, each one family of
 * conventions in its own class, writing into one {@link dk.moedegraf.importing.Draft}:
 * {@code DocumentHeader} (kind, case numbers, case handlers), {@code MeetingFrames} (where each meeting starts:
 * calendar lines, labelled headers, headings naming forum and date), per meeting {@code LayoutAttendance} (tab
 * tables, per-item lines, {@code GuestSentences}, {@code LayoutLists} under attendance headings, then
 * {@code ProseAttendance}) and {@code Agenda} (items and decisions), then {@code OrganisationGroups} (members grouped
 * under organisation headings, member lists under a forum), {@code ForumMentions} (representatives, e-mail
 * headers, partnerships, acronyms, hosts), {@code Initiatives} and {@code Initials}. Then
 * {@link dk.moedegraf.importing.AttendancePipeline} runs the attendance conventions of Danish minutes, one small
 * rule each, in the order of {@link dk.moedegraf.importing.AttendanceRules#RULES}: lists under a heading
 * ({@link dk.moedegraf.importing.ListSections} finds them, {@link dk.moedegraf.importing.ListEntries}
 * reads each person and what is written beside them), "alle mødt undtagen", "i stedet for", "havde meldt
 * afbud … i stedet", "deltog i X's fravær", "deltager under punkt", members not absent are present. The
 * pipeline's reading replaces the layout steps' attendance when it ties more people to the meeting, or when it
 * rejects a name the layouts tied ("Eva Holms" of "deltog i Eva Holms fravær"); otherwise the layouts' facts
 * stay and take from the rules what they left empty (party or organisation, role, title, whom a person stood in
 * for). Without a meeting from the layouts, {@link dk.moedegraf.importing.MeetingHeader} reads forum, date, time
 * and place; with attendance but no forum named anywhere, the meeting is the document's own, named by its title.
 * Last, {@link dk.moedegraf.importing.ForumNames} takes the headings' own words out of forums' names ("Regionsrådet -
 * Referat -", "Referat fra møde i X") and {@link dk.moedegraf.importing.ForumHosts} reads whose forum it is, which the
 * resolver needs to keep two bodies' "Kommunalbestyrelsen" apart.
 * The words both share (headings, party letters, role words, forum words, item headings, where a list ends,
 * kinds of organisation and forum) are in {@link dk.moedegraf.importing.Vocabulary}; names are told from other
 * words by {@link dk.moedegraf.importing.NameLexicon} and {@link dk.moedegraf.importing.PersonNames}. A new attendance convention is one rule in
 * the file of its family ({@code ListRules}, {@code MemberRules}, {@code SubstituteRules},
 * {@code PresenceSentences}) listed in {@code AttendanceRules.RULES}, one row in {@code AttendanceRulesTest}, and
 * its words in {@code Vocabulary}; a new
 * layout convention goes into the step of its family, with a row in {@code LayoutStepsTest}.
 *
 * <h2>Refused</h2>
 * Empty text, binary content (NUL or control characters), bytes that are not UTF-8 (uploads, files),
 * more than 5 MB of text ({@link dk.moedegraf.importing.DocumentImporter#MAX_BYTES}), and text in which
 * nothing is recognised (no meeting, person, forum, organisation or initiative). Nothing is written.
 *
 * <h2>Entity resolution</h2>
 * Against the graph: same name or alias (case, diacritics and OCR damage folded: ø read as g, æ as
 * ee/a, å as a/4, words split by a hyphen re-joined), the same name with middle or last names left out, a budget
 * code (UD/SI01 = UD/S101). Never on a shared surname alone, and a person not on a name alone: the document must
 * share something with them (read from it before, a fellow member, an organisation or a forum of a name of its own;
 * {@link dk.moedegraf.importing.Resolver#withDocument}), unless the name has three words or more. Several
 * candidates: the document's context decides (nodes already read from it, forums its people sit in), else a warning. Near misses
 * (Petersen/Pedersen) are created anew and reported as warnings.
 */
package dk.moedegraf.importing;
