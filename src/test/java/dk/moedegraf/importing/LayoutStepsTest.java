package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each layout step of {@link MinutesParser} on invented text: the step the row exercises, the text, and facts
 * the layouts must yield ({@code !fact}: must not), rendered one per line by {@link #facts}. The layouts run
 * alone, without the attendance rules, so a row fails when its step stops reading its convention.
 */
class LayoutStepsTest {

	static List<Arguments> rows() {
		return List.of(
				row("DocumentHeader", "Referat\n\nSagsnr. 23-004512\nSagsbehandler: Ane Bo Holm\n\nUdvalget for Veje\nDato: 4. april 2025\n",
						"document referat", "case Sagsnr.: 23-004512", "handler Ane Bo Holm"),
				row("DocumentHeader", "Kære Ole Lund, Eva Holm og Per Ravn\n\nHermed svar på jeres brev.\n",
						"person Ole Lund", "person Eva Holm", "person Per Ravn", "!meeting"),
				row("MeetingFrames", "Vejudvalget\n17-08-2021 08:00 - 10:00\nRådhuset, mødelokale 2\n",
						"meeting Vejudvalget 2021-08-17 08:00-10:00 at Rådhuset, mødelokale 2"),
				row("MeetingFrames", "Referat\n\nMiljøudvalget\nMødedato: 4. april 2025\nTid: 9.00-11.00\nSted: Byrådssalen\n",
						"meeting Miljøudvalget 2025-04-04 09:00-11:00 at Byrådssalen"),
				row("MeetingFrames", "Referat af møde i Ældrerådet den 2. maj 2025 kl. 10.00\n",
						"meeting Ældrerådet 2025-05-02 10:00-null at null"),
				// the minutes' word is no part of the forum's name, on a line of its own or before a dash
				row("MeetingFrames", "Referat af møde i Ældrerådet\nDato: 4. april 2025 kl. 10.00\nSted: Rådhuset\n",
						"meeting Ældrerådet 2025-04-04 10:00-null at Rådhuset"),
				row("MeetingFrames", "Referat – Skolebestyrelsen\n8. juni 2025\n", "meeting Skolebestyrelsen 2025-06-08 null-null at null"),
				row("MeetingFrames", "Ældrerådet\nReferat af mødet 4.4.2025\n", "meeting Ældrerådet 2025-04-04 null-null at null"),
				row("MeetingFrames", "Ældrerådet\nReferat af mødet tirsdag den 5. februar 2030\n", "meeting Ældrerådet 2030-02-05 null-null at null"),
				// a task force written in two words; a date as "17/6-30" after the time's label
				row("MeetingFrames", "Vestby Kommune\n\nTask force – rekruttering af SOSU-personale\nMøde nr. 4 – referat\n\nTid:\t17/6-30 kl. 12.30-14.00\n",
						"meeting Task force – rekruttering af SOSU-personale 2030-06-17 12:30-14:00 at null"),
				// the time's label over the date; the next meeting's date is not this one's
				row("MeetingFrames", "Børnehuset Mælkebøtten\nReferat – forældrebestyrelsesmøde\n\nTid:\tTirsdag d. 17.09.2030 kl. 17.00-19.00\n"
						+ "Sted:\tPersonalestuen\n\nForældrebestyrelsen:\tOle Lund (formand), Eva Holm\n\nNæste møde: Tirsdag d. 12.11.2030 kl. 17.00\n",
						"meeting forældrebestyrelsesmøde 2030-09-17 17:00-19:00 at Personalestuen"),
				// when and where under one label; "Afholdt:" under a heading is no part of the forum's name
				row("MeetingFrames", "Referat\nÆldrerådet\nTid og sted: 4. marts 2031 kl. 16-18, Rådhuset, mødelokale 3\n",
						"meeting Ældrerådet 2031-03-04 null-null at Rådhuset, mødelokale 3"),
				row("MeetingFrames", "Referat af bestyrelsesmøde\nAfholdt: 6. mar. 2031 kl. 19.00 på Vestby Bibliotek\n",
						"meeting bestyrelsesmøde 2031-03-06 19:00-null at Vestby Bibliotek"),
				row("MeetingFrames", "REFERAT\nMødetype: Bestyrelsesmøde\nDato: 7. marts 2031\n", "meeting Bestyrelsesmøde 2031-03-07 null-null at null"),
				// the date's "Den" on the line under the forum is no part of its name
				row("MeetingFrames", "Referat\nLokalt Beskæftigelsesudvalg\nDen 5. maj 2031\n",
						"meeting Lokalt Beskæftigelsesudvalg 2031-05-05 null-null at null"),
				// a labelled forum
				row("MeetingFrames", "MØDEREFERAT\nMøde: Styregruppen for Grøn Omstilling\nDato: 07.06.2025\n",
						"meeting Styregruppen for Grøn Omstilling 2025-06-07 null-null at null"),
				row("LayoutLists", "Referat\n\nMiljøudvalget\nDato: 4. april 2025\n\nDeltagere: Ole Lund (A), formand, Eva Holm (V)\nAfbud fra: Per Ravn\nReferent: Ane Bo, Sekretariatet\n",
						"attend Ole Lund PRESENT role=formand for=Socialdemokratiet", "attend Eva Holm PRESENT for=Venstre",
						"attend Per Ravn ABSENT", "attend Ane Bo GUEST role=referent for=Sekretariatet",
						"member Ole Lund Miljøudvalget role=formand for=Socialdemokratiet", "!member Ane Bo Miljøudvalget"),
				// a comma list wrapped mid-name, as a narrow column breaks it
				row("LayoutLists", "Referat\n\nÆldrerådet\nDato: 4. april 2025\n\nTil stede: Ole Lund (formand), Eva Holm, Kim\n"
						+ "Overvad, Per Ravn\n\nAfbud: Ida Krog\n", "attend Kim Overvad PRESENT", "attend Per Ravn PRESENT",
						"attend Ida Krog ABSENT"),
				// who sat out one item is not absent from the meeting
				row("ProseAttendance", "Referat\n\nMiljøudvalget\nDato: 4. april 2025\n\nTil stede: Eva Holm\n\nPunkt 3: Ole Lund deltog ikke under "
						+ "dette punkt (inhabil)\nPer Ravn deltog ikke.\n", "!attend Ole Lund", "attend Per Ravn ABSENT"),
				// why a person was away, when they came, whom they sit for: no titles
				row("LayoutLists", "Referat\n\nLokaludvalget\nDato: 4. april 2025\n\nDeltagere:\nOle Lund (A) (fra kl. 17.15)\n"
						+ "Eva Holm (repræsentant for Vestby Idrætsforening)\nPer Ravn (udpeget af Teknikudvalget)\n\nFraværende:\nIda Krog (syg)\n"
						+ "Bo Berg (forhindret)\n",
						"attend Ole Lund PRESENT for=Socialdemokratiet", "attend Eva Holm PRESENT for=Vestby Idrætsforening",
						"attend Per Ravn PRESENT for=Teknikudvalget", "attend Ida Krog ABSENT", "attend Bo Berg ABSENT"),
				// a guest with the item she came for, bare
				row("LayoutLists", "Referat\n\nLokaludvalget\nDato: 4. april 2025\n\nFremmødte: Ole Lund\nGæster: Mette Vinter, Vestby Boligselskab (pkt. 3)\n",
						"attend Mette Vinter GUEST for=Vestby Boligselskab items=[3]"),
				// how a person took part is no title
				row("LayoutLists", "Referat\n\nÆldrerådet\nDato: 4. april 2025\n\nDeltagere:\n- Ole Lund\n- Karen Bech (deltog via Teams)\n",
						"attend Karen Bech PRESENT", "attend Ole Lund PRESENT"),
				// what became of each person after a dash: no title, "deltog ikke" away
				row("LayoutLists", "Referat\n\nMiljøudvalget\nDato: 4. april 2025\n\nDeltagere:\nOle Lund - til stede\nEva Holm - deltog ikke\n",
						"attend Ole Lund PRESENT", "attend Eva Holm ABSENT"),
				row("LayoutAttendance", "Referat\n\nHMU\n12-06-2024 kl. 9.00-10.30\n\nNavn\tStilling\tRepræsentant for\nOle Lund\tformand\tFOA\nEva Holm\tlektor\tHK\n",
						"attend Ole Lund PRESENT role=formand title=formand for=FOA", "attend Eva Holm PRESENT title=lektor for=HK",
						"member Eva Holm HMU title=lektor for=HK"),
				// a column saying who came
				row("LayoutAttendance", "Referat\n\nHMU\n12-06-2024 kl. 9.00-10.30\n\nNavn\tOrganisation\tFremmøde\n"
						+ "Ole Lund\tFOA\tTil stede\nEva Holm\tHK\tAfbud\n",
						"attend Ole Lund PRESENT for=FOA", "attend Eva Holm ABSENT for=HK"),
				// a member's deputy beside him, and a note that the deputy came in his place
				row("LayoutAttendance", "Referat\n\nBestyrelsen\n12-06-2024 kl. 17.00\n\nNavn\tStedfortræder\tFremmøde\n"
						+ "Ole Lund\tEva Holm\tTil stede\nPer Ravn\tIda Krog\tAfbud - stedfortræder deltog\nBo Berg\tKim Dam\tAfbud\n",
						"attend Ole Lund PRESENT", "attend Per Ravn ABSENT", "attend Ida Krog PRESENT role=suppleant substitute=Per Ravn",
						"attend Bo Berg ABSENT", "!attend Eva Holm", "!attend Kim Dam", "!member Ida Krog"),
				// marks under "Til stede" and "Afbud"; an "Afbud" column alone
				row("LayoutAttendance", "Referat\n\nBestyrelsen\n12-06-2024 kl. 17.00\n\nNavn\tTil stede\tAfbud\n"
						+ "Ole Lund\tX\t\nEva Holm\t\tX\n", "attend Ole Lund PRESENT", "attend Eva Holm ABSENT"),
				row("LayoutAttendance", "Referat\n\nBestyrelsen\n12-06-2024 kl. 17.00\n\nNavn\tOrganisation\tAfbud\n"
						+ "Ole Lund\tKL\t\nEva Holm\tFOA\tx\n", "attend Ole Lund PRESENT for=KL", "attend Eva Holm ABSENT for=FOA"),
				// a party's letter in its column is the party; a notes column says in a word who was away or a role
				row("LayoutAttendance", "Referat\n\nByudvalget\n12-06-2024 kl. 9.00-10.30\n\nNavn\tParti\tBemærkning\n"
						+ "Anne Holm\tA\tFormand\nBo Dahl\tV\tAfbud\nCarl Eg\tO\tDeltog fra kl. 16.30\n",
						"attend Anne Holm PRESENT role=formand for=Socialdemokratiet", "attend Bo Dahl ABSENT for=Venstre",
						"attend Carl Eg PRESENT for=Dansk Folkeparti"),
				row("LayoutAttendance", "Referat\n\nHMU\n12-06-2024 kl. 9.00-10.30\n\nPkt. 3: Tid: 15 min Deltagere: Ole Lund og Eva Holm\n",
						"attend Ole Lund GUEST items=[3]", "attend Eva Holm GUEST items=[3]"),
				row("GuestSentences", "Referat\n\nRegionsrådet\nDato: 4. april 2025\n\nPunkt 2: Sundhedsplan\nChefkonsulent Nanna Berg, Hospitalsenheden Vest, deltog under punkt 2.\n",
						"attend Nanna Berg GUEST title=Chefkonsulent for=Hospitalsenheden Vest items=[2]",
						"affiliation Nanna Berg Hospitalsenheden Vest Chefkonsulent", "!person Chefkonsulent Nanna Berg"),
				row("GuestSentences", "Referat\n\nRegionsrådet\nDato: 4. april 2025\n\nFra Center for Trafik deltog kontorchef Bo Lind under punkt 3.\n",
						"attend Bo Lind GUEST title=kontorchef for=Center for Trafik items=[3]"),
				row("ProseAttendance", "Referat\n\nMiljøudvalget\nDato: 4. april 2025\n\nSom suppleant for Henrik Vestergaard deltog Lise Dam (C).\n",
						"attend Lise Dam PRESENT role=suppleant for=Det Konservative Folkeparti substitute=Henrik Vestergaard",
						"attend Henrik Vestergaard ABSENT"),
				row("ProseAttendance", "Referat\n\nMiljøudvalget\nDato: 4. april 2025\n\nKatrine Ring bemærker, at planen holder.\nDet blev oplyst, at Jens Bech Holm desværre ikke kunne deltage.\n",
						"attend Katrine Ring PRESENT", "attend Jens Bech Holm ABSENT"),
				row("Agenda", "Referat\n\nMiljøudvalget\nDato: 4. april 2025\n\nPunkt 1: Godkendelse af dagsorden\nBeslutning: Godkendt.\nPunkt 2: Budget 2026\nSagen blev drøftet.\n",
						"item 1 Godkendelse af dagsorden | Godkendt.", "item 2 Budget 2026 | null"),
				row("OrganisationGroups", "Styregruppe for Læring\n\nVIA UC:\n • Ole Lund, uddannelsesleder\n • Eva Holm, lektor\n",
						"member Ole Lund Styregruppe for Læring title=uddannelsesleder for=VIA UC", "affiliation Eva Holm VIA UC lektor",
						"participation VIA UC Styregruppe for Læring member"),
				row("OrganisationGroups", "Netværk for Skoleledere\n\nNetværket består af følgende faste mødedeltagere:\n - Ole Lund, skoleleder, Vestby Kommune\n - Eva Holm, konsulent, Østby Kommune\n",
						"member Ole Lund Netværk for Skoleledere title=skoleleder for=Vestby Kommune",
						"participation Østby Kommune Netværk for Skoleledere member"),
				row("ForumMentions", "Notat\n\nKim Lund er Kultur og Fritids repræsentant i Styregruppen.\n",
						"member Kim Lund Styregruppen for=Kultur og Fritid", "participation Kultur og Fritid Styregruppen member"),
				row("ForumMentions", "Notat\n\nVi indgår et partnerskab mellem Vestby Kommune, Østby Kommune og VIA UC om praktik.\n",
						"participation Vestby Kommune Partnerskab om praktik member", "participation VIA UC Partnerskab om praktik member"),
				row("ForumMentions", "Notat\n\nStrategisk Forum for Uddannelse (SFU) mødes igen i maj.\n",
						"forum Strategisk Forum for Uddannelse aliases=[Strategisk Forum for Uddannelse, SFU]"),
				row("Initiatives", "Budget 2026\n\nBUF/IN03: Flere pædagoger\nInvesteringsforslag: Nyt tag på skolen\nUD/S101: Mindre klasser\n",
						"initiative Flere pædagoger kind=null code=BUF/IN03", "initiative Nyt tag på skolen kind=investeringsforslag code=null",
						"initiative Mindre klasser kind=null code=UD/S101"),
				row("Initials", "Referat\n\nMiljøudvalget\nDato: 4. april 2025\n\nDeltagere: Ole Kiil Jacobsen, Eva Holm\n\nPunkt 1: Budget\nOKJ præsenterede budgettet.\n",
						"initials Ole Kiil Jacobsen [OKJ]"));
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			Regionsr├ądet                | Regionsrådet
			KÃ¸benhavn og Ã†blevej      | København og Æblevej
			H├ªrvej og S├©ren           | Hærvej og Søren
			Ærø, å og ø                 | Ærø, å og ø
			├── tree                    | ├── tree
			""")
	void utf8_read_as_a_dos_or_windows_code_page_is_repaired(String written, String expected) {
		assertThat(Lines.repairEncoding(written)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("rows")
	void each_layout_step_reads_its_convention(String step, String text, List<String> expected) {
		Set<String> facts = facts(MinutesParser.layouts(text, step));
		for (String e : expected) {
			if (e.startsWith("!")) {
				assertThat(facts).as("facts of the %s row", step).noneMatch(f -> f.startsWith(e.substring(1)));
			}
			else {
				assertThat(facts).as("facts of the %s row", step).contains(e);
			}
		}
	}

	private static Arguments row(String step, String text, String... facts) {
		return Arguments.of(step, text, Arrays.asList(facts));
	}

	/** The extraction as lines of text, one per fact. */
	static Set<String> facts(Extraction x) {
		Set<String> out = new TreeSet<>();
		if (x.document().kind() != null) {
			out.add("document " + x.document().kind());
		}
		x.document().caseNumbers().forEach(c -> out.add("case " + c));
		x.document().caseHandlers().forEach(h -> out.add("handler " + h));
		for (Extraction.MeetingX m : x.meetings()) {
			out.add("meeting " + String.join("+", m.forums()) + " " + m.date() + " " + m.start() + "-" + m.end() + " at " + m.location());
			m.items().forEach(i -> out.add("item " + i.number() + " " + i.title() + " | " + i.decision()));
		}
		x.people().forEach(p -> {
			out.add("person " + p.name());
			if (!p.initials().isEmpty()) {
				out.add("initials " + p.name() + " " + p.initials());
			}
		});
		x.forums().forEach(f -> out.add("forum " + f.name() + " aliases=" + f.aliases()));
		x.initiatives().forEach(i -> out.add("initiative " + i.name() + " kind=" + i.kind() + " code=" + i.code()));
		for (Extraction.Attendance a : x.attendance()) {
			List<String> parts = new ArrayList<>(List.of("attend", a.person(), a.status().name()));
			add(parts, "role", a.role());
			add(parts, "title", a.title());
			add(parts, "for", a.onBehalfOf());
			add(parts, "substitute", a.substituteFor());
			if (!a.agendaItems().isEmpty()) {
				parts.add("items=" + a.agendaItems());
			}
			out.add(String.join(" ", parts));
		}
		for (Extraction.Membership m : x.memberships()) {
			List<String> parts = new ArrayList<>(List.of("member", m.person(), m.forum()));
			add(parts, "role", m.role());
			add(parts, "title", m.title());
			add(parts, "for", m.onBehalfOf());
			out.add(String.join(" ", parts));
		}
		x.affiliations().forEach(a -> out.add("affiliation " + a.person() + " " + a.organisation() + (a.title() == null ? "" : " " + a.title())));
		x.participations().forEach(p -> out.add("participation " + p.organisation() + " "
				+ (p.forum() != null ? p.forum() : p.initiative()) + " " + p.role()));
		return out;
	}

	private static void add(List<String> parts, String label, String value) {
		if (value != null) {
			parts.add(label + "=" + value);
		}
	}
}
