package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Each attendance rule on invented lines: the text, and the facts it yields, one per person as
 * "Name STATUS [member] [party=…] [org=…] [role=…] [title=…] [for=…]".
 */
class AttendanceRulesTest {

	/** What one rule (alone, on a fresh roll) reads from a text. */
	private static Set<String> read(AttendanceRules.Rule rule, String text) {
		Roll roll = new Roll(text);
		rule.apply(roll);
		return facts(roll);
	}

	private static Set<String> facts(Roll roll) {
		return roll.rows().stream().map(r -> (r.name + " " + r.status + (r.member ? " member" : "")
				+ (r.party == null ? "" : " party=" + r.party) + (r.organisation == null ? "" : " org=" + r.organisation)
				+ (r.role == null ? "" : " role=" + r.role) + (r.title == null ? "" : " title=" + r.title)
				+ (r.substituteFor == null ? "" : " for=" + r.substituteFor)))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Arguments row(String text, String... facts) {
		return Arguments.of(text, Arrays.asList(facts));
	}

	static List<Arguments> headedLists() {
		return List.of(
				row("Til stede: Ole Lund (A), Eva Holm, V og Per Ravn\nAfbud: Ida Krog",
						"Eva Holm PRESENT party=V", "Ida Krog ABSENT", "Ole Lund PRESENT party=A", "Per Ravn PRESENT"),
				row("Deltagere\n • Anne Berg, Dansk Industri (formand)\n • Lektor Jens Dahl\n",
						"Anne Berg PRESENT org=Dansk Industri role=formand", "Jens Dahl PRESENT title=Lektor"),
				row("Deltagere\n • Eva Holm, F\n • Ole Lund, A\n\n • Afbud\n • Eva Holm, F - Per Ravn stedfortræder\n",
						"Eva Holm ABSENT party=F", "Ole Lund PRESENT party=A", "Per Ravn PRESENT for=Eva Holm"),
				row("Referent: Hanne Kjær", "Hanne Kjær GUEST role=referent"),
				// a member page: each member's party or association on the line below the name, groups by who chose them
				row("Medlemmer\n\nValgt af byrådet\n\n  Ole Lund (formand)\n  Socialdemokratiet\n\n  Eva Holm\n  Venstre, Danmarks Liberale Parti\n\n"
						+ "Valgt af idrætsforeningerne\n\n  Per Ravn\n  Vestby Gymnastikforening\n",
						"Eva Holm null member org=Venstre, Danmarks Liberale Parti", "Ole Lund null member org=Socialdemokratiet role=formand",
						"Per Ravn null member org=Vestby Gymnastikforening"),
				// the next heading under a name is no organisation
				row("Til stede:\nOle Lund\n\nPer Ravn\nAfbud – Karen Bech\n", "Karen Bech ABSENT", "Ole Lund PRESENT", "Per Ravn PRESENT"),
				// "for X:" and "På vegne af X:" opening a line say whom the names after them sit for, a union named "…råd" too
				row("Til stede:\nfor Sundhed og Omsorg, Vestby Kommune: ældrechef Ole Lund og HR-partner Eva Holm\n"
						+ "for Dansk Sygeplejeråd, Kreds Syd: Per Ravn\nPå vegne af FOA Vestby:\n  Kim Overvad\n",
						"Eva Holm PRESENT org=Sundhed og Omsorg, Vestby Kommune title=HR-partner", "Kim Overvad PRESENT org=FOA Vestby",
						"Ole Lund PRESENT org=Sundhed og Omsorg, Vestby Kommune title=ældrechef", "Per Ravn PRESENT org=Dansk Sygeplejeråd, Kreds Syd"),
				// entries that end at semicolons run on across the lines the list was broken into
				row("Til stede: Ole Lund (formand for\nfølgegruppen); Eva Holm (næstformand); Per\nRavn; Kim Overvad.", "Eva Holm PRESENT role=næstformand",
						"Kim Overvad PRESENT", "Ole Lund PRESENT role=formand", "Per Ravn PRESENT"),
				// groups by whom they sit for, a blank line before each: the list goes on
				row("Deltagere\n\nPå vegne af Vestby Kommune:\n  Ole Lund, direktør\n\nPå vegne af FOA:\n  Eva Holm\n\nAfbud\nPer Ravn",
						"Eva Holm PRESENT org=FOA", "Ole Lund PRESENT org=Vestby Kommune title=direktør", "Per Ravn ABSENT"),
				// a party's name over its members, a blank line before it; a rank before a title; a bracket that runs onto the next line
				row("Deltagere:\n\nSiumut\nBorgmester Ole Lund\nEva Holm (suppleant for Karen\nBech)\n\nInuit Ataqatigiit\n1. viceborgmester Per Ravn\n",
						"Eva Holm PRESENT party=Siumut for=Karen Bech", "Karen Bech ABSENT party=Siumut", "Ole Lund PRESENT party=Siumut title=Borgmester",
						"Per Ravn PRESENT party=Inuit Ataqatigiit title=viceborgmester"),
				// headings as a scan or a typewriter spells them
				row("Tilstede: Ole Lund, Eva Holm\nFravaerende: Per Ravn\nFremmoedte gaester: Kim Overvad", "Eva Holm PRESENT", "Ole Lund PRESENT",
						"Per Ravn ABSENT"),
				// any board as the label of who came: "Forældrebestyrelsen:", "Afdelingsbestyrelsen:"
				row("Forældrebestyrelsen:\tOle Lund (formand), Eva Holm,\n\tPer Ravn\nReferent:\tKim Overvad\n\nAlle var mødt.",
						"Eva Holm PRESENT", "Kim Overvad GUEST role=referent", "Ole Lund PRESENT role=formand", "Per Ravn PRESENT"),
				row("Til stede: Mogens, Torben, Erik\nAfbud: Lars", "Erik PRESENT", "Mogens PRESENT", "Torben PRESENT"),
				// flattened: headings inside one line, titles before names, organisations after them
				row("1 Referat af mødet den 3. maj I mødet deltog: Direktør Anne Berg, Dansk Industri Konsulent Jens Dahl, "
						+ "Fagligt Fælles Forbund Der er afbud fra: Lektor Ole Lund, HK 1. Godkendelse af dagsorden",
						"Anne Berg PRESENT org=Dansk Industri title=Direktør", "Jens Dahl PRESENT org=Fagligt Fælles Forbund title=Konsulent",
						"Ole Lund ABSENT org=HK title=Lektor"),
				row("Medlemmer frem til 31.12.2030:\n • Karen Bak, Formand\n • Søren Mølgaard, udpeget af KL\n",
						"Karen Bak null member role=formand", "Søren Mølgaard null member org=KL"),
				// blank lines between bullets, "Formand:" before a name
				row("Medlemmerne af Vestegnens bestyrelse er:\n\n • Formand: Karen Bak (A), Vestby\n\n • Søren Mølgaard (V), Østby\n",
						"Karen Bak null member party=A org=Vestby role=formand title=Formand", "Søren Mølgaard null member party=V org=Østby"),
				// "Name Organisation (remark)" run together; "(fra punkt 3)" does not end the list
				row("Tilstede: Ole Lund Naturrådets bestyrelse (fra punkt 3) Eva Holm Region Vestjylland Per Ravn Naturrådets "
						+ "sekretariat (referent) 1. Godkendelse af dagsorden",
						"Eva Holm PRESENT org=Region Vestjylland", "Ole Lund PRESENT org=Naturrådets bestyrelse",
						"Per Ravn GUEST org=Naturrådets sekretariat role=referent"),
				// what happened first, then the roll as planned in the case text: the first stands
				row("Mødedeltagere: Ole Lund (formand), Eva Holm\nFraværende: Per Ravn\n\nSagsfremstilling\n\n"
						+ "Mødedeltagere: Ole Lund, Eva Holm, Per Ravn\n\nAfbud: Eva Holm\n",
						"Eva Holm PRESENT", "Ole Lund PRESENT role=formand", "Per Ravn ABSENT"),
				// "Name - valgt blandt X's medlemmer / af Y", "repræsentant fra Z"; a compound forum "består af"
				row("Naturrådet består af:\n • Ole Lund - valgt blandt Byrådets medlemmer\n • Eva Holm - valgt af frivillige foreninger\n"
						+ " • Per Ravn - repræsentant fra FOA\n • Ida Krog - valgt blandt borgere i kommunen\n",
						"Eva Holm null member org=frivillige foreninger", "Ida Krog null member", "Ole Lund null member org=Byrådet",
						"Per Ravn null member org=FOA"),
				// "Name, Title ved Organisation" / "Name, Title, Region" one per bullet, under "deltagelse af … som er:"
				row("Vi havde deltagelse af vores arbejdsgruppe, som er:\n  • Ole Lund, Procesleder inden for uddannelse ved Vestby Kommune\n"
						+ "  • Eva Holm, Regionchef, Västra Götaland\n",
						"Eva Holm PRESENT org=Västra Götaland title=Regionchef",
						"Ole Lund PRESENT org=Vestby Kommune title=Procesleder inden for uddannelse"),
				// an entry of name words up to its comma is one name, though a given name stands second or last;
				// a firm written before a given name is not part of the name
				row("Til stede:\nRuth Holm, Dansk Industri\nImrat Ali Qureshi, etnisk repræsentant\nLene Warner Sund Boel, formand\n"
						+ "Zentrix Palle Dahl Nilsen, konsulent\n",
						"Imrat Ali Qureshi PRESENT title=etnisk repræsentant", "Lene Warner Sund Boel PRESENT role=formand",
						"Palle Dahl Nilsen PRESENT title=konsulent", "Ruth Holm PRESENT org=Dansk Industri"),
				// "Fraværende" under an agenda item after the meeting's roll: out for that item, at the meeting
				row("Deltagere:\n\nOle Lund, (O)\nEva Holm, (V)\n\nAfbud:\n\nPer Ravn, (F)\n\n60.   Godkendelse af dagsorden\n\n"
						+ "Beslutning\nGodkendt.\nFraværende\nOle Lund (O)\nPer Ravn (F)\n",
						"Eva Holm PRESENT party=V", "Ole Lund PRESENT party=O", "Per Ravn ABSENT party=F"),
				// "(suppleant for X)": X is a name after "for" even when it starts with a surname-like word, and was away
				row("Tilstede: Ole Lund (IA) Pipaluk Holm (IA) (suppleant for Storm Kristiansen), Eva Holm (IA)",
						"Eva Holm PRESENT party=IA", "Ole Lund PRESENT party=IA", "Pipaluk Holm PRESENT party=IA for=Storm Kristiansen",
						"Storm Kristiansen ABSENT"),
				// an organisation written as a kind, in lower case after its first word
				row("Afbud:\nEva Holm, De frie grundskoleforeninger\nPer Ravn, Danske handicaporganisationer\n",
						"Eva Holm ABSENT org=De frie grundskoleforeninger", "Per Ravn ABSENT org=Danske handicaporganisationer"),
				// a nickname between given name and surname stays part of the name as written
				row("Medlemmer:\n • Annamaria (Mie) Nielsen\n • Ole Lund\n", "Annamaria (Mie) Nielsen null member", "Ole Lund null member"),
				// "Afbud fra;" is a mistyped colon; "forslag til dirigent; Per Ravn" is no list
				row("Tilstede: Ole Lund, KL Afbud fra; Eva Holm, FOA", "Eva Holm ABSENT org=FOA", "Ole Lund PRESENT org=KL"),
				row("Formanden udbad sig forslag til dirigent; Per Ravn - der plejer at være dirigent - var ikke til stede."),
				// ", suppleant Eva Holm" without "for" in a member list: the one before sits in for her
				row("Medlemmer: Karen Bak (S), Ole Lund, suppleant Eva Holm (S), Per Ravn (A)\nFraværende: Eva Holm",
						"Eva Holm ABSENT member party=S", "Karen Bak null member party=S", "Ole Lund null member for=Eva Holm",
						"Per Ravn null member party=A"),
				// a role and an organisation in one bracket; the representatives' abbreviations are roles
				row("Tilstedeværende: Ole Lund (TR, FOA), Eva Holm (AMiR), Per Ravn (formand, Dansk Industri)\n",
						"Eva Holm PRESENT role=amir", "Ole Lund PRESENT org=FOA role=tr", "Per Ravn PRESENT org=Dansk Industri role=formand"),
				// "Deltog ikke" is who did not come, though "deltog" alone heads who did
				row("Mødt: Ole Lund, Eva Holm\nDeltog ikke: Per Ravn\n", "Eva Holm PRESENT", "Ole Lund PRESENT", "Per Ravn ABSENT"),
				row("Deltagerliste:\nOle Lund\nEva Holm\n\nFravær:\nPer Ravn\n", "Eva Holm PRESENT", "Ole Lund PRESENT", "Per Ravn ABSENT"),
				// "Øvrige deltagere" came besides the members
				row("Deltagende:\nOle Lund, Dansk Industri\n\nØvrige deltagere:\nEva Holm, sekretær\n",
						"Eva Holm GUEST role=sekretær", "Ole Lund PRESENT org=Dansk Industri"),
				// the organisation in brackets right after the name; a place after a title, a time, a party are no organisation
				row("Deltagere: Ole Lund (KL), Eva Holm (Region Vest), Per Ravn (A), Ida Krog (Ankom 19.30)\n"
						+ "Bo Dam, byrådsmedlem (Vestby), udpeget af kommunerne i forening\n",
						"Bo Dam PRESENT org=kommunerne i forening title=byrådsmedlem", "Eva Holm PRESENT org=Region Vest",
						"Ida Krog PRESENT", "Ole Lund PRESENT org=KL", "Per Ravn PRESENT party=A"),
				// an organisation, then by whom it came; "Fra X:" opening a line, whom the names after it sit for
				row("Deltagere:\nDH Vestby v/ Ole Lund\nVestby Kommune v/ Eva Holm, socialchef\n",
						"Eva Holm PRESENT org=Vestby Kommune title=socialchef", "Ole Lund PRESENT org=DH Vestby"),
				// a list in two columns, as pdftotext -layout keeps it (its gaps tabs by now): a role ending the left entry is its own
				row("Til stede:\nOle Lund, formand\tPer Ravn, DH Vestby\nEva Holm, Ældresagen\tKim Overvad\n",
						"Eva Holm PRESENT org=Ældresagen", "Kim Overvad PRESENT", "Ole Lund PRESENT role=formand", "Per Ravn PRESENT org=DH Vestby"),
				// justified text laid out by pdftotext -layout: wide gaps (tabs by now) inside names as well as between cells
				row("Medlemmer: Hans Peter\tJensen, Lars Schou\tPedersen Kirsten\tHolm\nOle Lund\tVestby Byråd\n",
						"Hans Peter Jensen null member", "Kirsten Holm null member", "Lars Schou Pedersen null member", "Ole Lund null member org=Vestby Byråd"),
				// "i mødet deltog" opening a clause in a sentence ("…, og i mødet deltog desuden …"); not inside a clause
				row("Mødet blev ledet af Ole Lund, og i mødet deltog desuden Eva Holm og Per Ravn.\n", "Eva Holm PRESENT", "Per Ravn PRESENT"),
				row("Formanden fortalte om hvem der i mødet deltog Ole Lund sidste år.\n"),
				// a cross or an empty box before a name in a list of who came: did not come
				row("Deltagere:\n✔ Ole Lund\n✗ Per Ravn\n☑ Eva Holm\n☐ Kim Overvad\n", "Eva Holm PRESENT", "Kim Overvad ABSENT", "Ole Lund PRESENT",
						"Per Ravn ABSENT"),
				// members under a heading that names who appointed them
				row("Medlemmer udpeget af Vestby Byråd: Ole Lund (formand), Kim Overvad\nMedlemmer udpeget af DH Vestby: Eva Holm\n",
						"Eva Holm null member org=DH Vestby", "Kim Overvad null member org=Vestby Byråd", "Ole Lund null member org=Vestby Byråd role=formand"),
				// "Følgende deltog:", "Som gæst deltog", "Desuden deltog" before a title in lower case: headings that end the list above
				row("Til stede: Ole Lund, Eva Holm\nFølgende deltog: Kim Overvad\n", "Eva Holm PRESENT", "Kim Overvad PRESENT", "Ole Lund PRESENT"),
				row("Til stede: Ole Lund\nSom gæst deltog Anders Falk fra KL.\nDesuden deltog kommunaldirektør Mette Vinter.\n",
						"Anders Falk GUEST org=KL", "Mette Vinter GUEST title=kommunaldirektør", "Ole Lund PRESENT"),
				// "Fraværende var" heads who did not come, as "Til stede var" who did; the list before ends there
				row("Til stede: Ole Lund, Eva Holm\nFraværende var Karen Bech og Jens Krog.\n",
						"Eva Holm PRESENT", "Jens Krog ABSENT", "Karen Bech ABSENT", "Ole Lund PRESENT"),
				// a dash for the colon after a heading that opens a line; inside a line it is an entry's note
				row("Til stede – Ole Lund (formand), Eva Holm\nAfbud - Karen Bech - Per Ravn\nReferent – Søren Dal\n",
						"Eva Holm PRESENT", "Karen Bech ABSENT", "Ole Lund PRESENT role=formand", "Per Ravn ABSENT", "Søren Dal GUEST role=referent"),
				// "Name fra Org" right after the name, in a list or a sentence; "fra kl. 17" and "fra punkt 3" are no organisations
				row("Til stede var Ole Lund fra KL, Eva Holm fra FOA Vestby og Per Ravn fra Dansk Industri.\nAfbud: Kim Overvad fra 3F.\n",
						"Eva Holm PRESENT org=FOA Vestby", "Kim Overvad ABSENT org=3F", "Ole Lund PRESENT org=KL", "Per Ravn PRESENT org=Dansk Industri"),
				row("Til stede: Ole Lund fra kl. 17, Eva Holm fra punkt 3\n", "Eva Holm PRESENT", "Ole Lund PRESENT"),
				row("Til stede:\nFra Dansk Industri: Ole Lund, Eva Holm\nFra LO: Per Ravn\nFra forvaltningen: Ida Krog\n",
						"Eva Holm PRESENT org=Dansk Industri", "Ida Krog GUEST", "Ole Lund PRESENT org=Dansk Industri", "Per Ravn PRESENT org=LO"),
				// a party, an acronym or an organisation opening a line; a role there stays a role
				row("Mødedeltagere:\nSocialdemokratiet: Ole Lund, Eva Holm\nDH: Per Ravn\nFormand: Ida Krog\nHMU: Bo Berg\n",
						"Bo Berg PRESENT", "Eva Holm PRESENT org=Socialdemokratiet", "Ida Krog PRESENT role=formand title=Formand",
						"Ole Lund PRESENT org=Socialdemokratiet", "Per Ravn PRESENT org=DH"),
				// a label ending its line: whom the names under it sit for, to the next label
				row("Deltagere:\nKL:\nOle Lund\nEva Holm\nVIA UC:\nPer Ravn\n\nAfbud: Ida Krog\n",
						"Eva Holm PRESENT org=KL", "Ida Krog ABSENT", "Ole Lund PRESENT org=KL", "Per Ravn PRESENT org=VIA UC"),
				// why a person was away is no title; "forhindret" is away
				row("Til stede: Ole Lund, Ida Krog (forhindret)\nFraværende: Eva Holm (syg), Per Ravn (ferie)\n",
						"Eva Holm ABSENT", "Ida Krog ABSENT", "Ole Lund PRESENT", "Per Ravn ABSENT"),
				// a count in brackets between a heading and its colon
				row("Deltagere (i alt 2): Ole Lund, Vestby Kommune; Karen Bech, VIA UC\nAfbud (1): Lone Sand, KL\n",
						"Karen Bech PRESENT org=VIA UC", "Lone Sand ABSENT org=KL", "Ole Lund PRESENT org=Vestby Kommune"),
				// who came, under a heading naming the members; "Ikke tilstedeværende:", "Øvrige:"
				row("Tilstedeværende bestyrelsesmedlemmer: Ole Lund, Eva Holm\nIkke tilstedeværende: Karen Bech\nØvrige: Jens Krog (revisor)\n",
						"Eva Holm PRESENT", "Jens Krog GUEST title=revisor", "Karen Bech ABSENT", "Ole Lund PRESENT"),
				// a list in sentences: it ends where one with a verb starts; "Referent var X"
				row("Til stede var: Ole Lund og Per Ravn. Karen Bech og Jens Krog havde meldt afbud. Referent var Lone Sand.\n",
						"Lone Sand GUEST role=referent", "Ole Lund PRESENT", "Per Ravn PRESENT"),
				// a title in brackets after the name; an organisation or a role there stays one
				row("Til stede: Ole Lund (skoleleder), Eva Holm (Region Vest), Per Ravn (formand)\n",
						"Eva Holm PRESENT org=Region Vest", "Ole Lund PRESENT title=skoleleder", "Per Ravn PRESENT role=formand"),
				// an afbud with the deputy who came, in the bracket after the name; the deputy is no member
				row("Medlemmer:\nAnne Holm (A)\nCarl Eg (O) (afbud, stedfortræder Dan Fisk)\n",
						"Anne Holm null member party=A", "Carl Eg ABSENT member party=O", "Dan Fisk PRESENT role=suppleant title=stedfortræder for=Carl Eg"),
				// "Afbud med stedfortræder:": after the dash, who came in the member's place
				row("Afbud med stedfortræder: Carl Eg (O) - Dan Fisk (O)\nAfbud uden stedfortræder: Bo Dahl (V)\nTil stede: Anne Holm (A)\n",
						"Anne Holm PRESENT party=A", "Bo Dahl ABSENT party=V", "Carl Eg ABSENT party=O", "Dan Fisk PRESENT party=O for=Carl Eg"),
				// a label on the last line of a list cut at its longest labels nobody
				row("Deltagere:\n" + "Ole Lund\n".repeat(276) + "KL:" + " ".repeat(30) + "\nEva Holm\n", "Ole Lund PRESENT"),
				// a heading naming whom the people under it came for
				row("Deltagere fra BUPL: Ole Lund, Eva Holm\nDeltagere fra KL: Per Ravn\nAfbud: Ida Krog (FOA)\n",
						"Eva Holm PRESENT org=BUPL", "Ida Krog ABSENT org=FOA", "Ole Lund PRESENT org=BUPL", "Per Ravn PRESENT org=KL"),
				// a table's tab parts an entry's cells as a comma does: the party, then a role
				row("Medlemmer\nNavn\tParti\tBemærkning\nAnne Holm\tA\tFormand\nBo Dahl\tV\tAfbud\n",
						"Anne Holm null member party=A role=formand", "Bo Dahl ABSENT member party=V"),
				// a decision letter names people, but under no list heading
				row("Afgørelse\nKommunen har truffet afgørelse i sagen. Sagsbehandler Ole Lund har vurderet klagen fra Eva Holm."));
	}

	@ParameterizedTest
	@MethodSource
	void headedLists(String text, List<String> facts) {
		assertThat(read(new ListRules.HeadedLists(), text)).containsExactlyInAnyOrderElementsOf(facts);
	}

	static List<Arguments> prose() {
		return List.of(
				Arguments.of(new PresenceSentences.AllPresentExcept(), "Alle medlemmer var mødt undtagen Ole Lund og Eva Holm.",
						List.of("Eva Holm ABSENT", "Ole Lund ABSENT")),
				Arguments.of(new PresenceSentences.AllPresentExcept(), "Alle medlemmer var mødt undtagen fra Ole Lund, Jens G. Dahl og Eva Holm. Mødet sluttede.",
						List.of("Eva Holm ABSENT", "Jens G. Dahl ABSENT", "Ole Lund ABSENT")),
				// who led or opened the meeting was there; who signed last meeting's minutes need not be
				Arguments.of(new PresenceSentences.LedTheMeeting(), "Mødet blev ledet af Ole Lund. Formand Eva Holm bød alle velkommen. "
						+ "Referatet blev underskrevet af Ida Krog.", List.of("Eva Holm PRESENT", "Ole Lund PRESENT role=mødeleder")),
				Arguments.of(new PresenceSentences.LedTheMeeting(), "Per Ravn ledede mødet.", List.of("Per Ravn PRESENT role=mødeleder")),
				Arguments.of(new PresenceSentences.LedTheMeeting(), "Mødet blev ledet af formanden Ole Lund, og Eva Holm tog referat.",
						List.of("Ole Lund PRESENT role=formand")),
				// prose that opens minutes: who opened and welcomed, the welcomed, who came "for an item", who kept the minutes
				Arguments.of(new PresenceSentences.LedTheMeeting(), "Rådmand Ole Lund (F) åbnede mødet.", List.of("Ole Lund PRESENT")),
				Arguments.of(new PresenceSentences.WelcomedTo(), "Ole Lund åbnede mødet og bød velkommen til direktør Eva Holm, kontorchef "
						+ "Per Ravn (Sekretariatet) og Kim Overvad. Formanden bød velkommen til de nye medlemmer.",
						List.of("Eva Holm PRESENT", "Kim Overvad PRESENT", "Per Ravn PRESENT")),
				Arguments.of(new PresenceSentences.AttendedUnderItem(), "Under punkt 2 deltog desuden specialkonsulent Eva Holm og controller Per Ravn. "
						+ "Under punkt 3 deltog ingen.", List.of("Eva Holm GUEST", "Per Ravn GUEST")),
				Arguments.of(new PresenceSentences.TookTheMinutes(), "Rådmandssekretær Eva Holm førte referat. Per Ravn tog referat.",
						List.of("Eva Holm GUEST role=referent", "Per Ravn GUEST role=referent")),
				Arguments.of(new PresenceSentences.WereThere(), "Foruden formanden var næstformand Ole Lund, Eva Holm og Per Ravn mødt. "
						+ "Der var ingen tilhørere til stede.", List.of("Eva Holm PRESENT", "Ole Lund PRESENT", "Per Ravn PRESENT")),
				Arguments.of(new SubstituteRules.InTheirPlaceAttended(), "Chef Eva Holm havde meldt forfald; i hendes sted deltog afdelingsleder Ole Lund.",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new SubstituteRules.SubstituteForAttended(), "Som suppleant for Eva Holm var Ole Lund indkaldt, og han deltog i hele mødet. "
						+ "Som suppleant for Per Ravn var Kim Overvad indkaldt, men han kunne ikke komme.",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new SubstituteRules.InsteadOf(), "I stedet deltog stedfortræderne Per Ravn i stedet for Ida Krog.",
						List.of("Ida Krog ABSENT", "Per Ravn PRESENT for=Ida Krog")),
				Arguments.of(new SubstituteRules.AbsentAndSubstitute(), "Ole Lund havde meldt afbud, og Eva Holm deltog i stedet.",
						List.of("Eva Holm PRESENT for=Ole Lund", "Ole Lund ABSENT")),
				Arguments.of(new SubstituteRules.InAbsenceOf(), "Fra administrationen: controller Per Ravn deltog i Ida Krogs fravær.",
						List.of("Ida Krog ABSENT", "Per Ravn PRESENT for=Ida Krog")),
				Arguments.of(new SubstituteRules.InAbsenceOf(), "Til stede: Ole Lund og Per Ravn (deltog i Ida Krogs fravær)",
						List.of("Ida Krog ABSENT", "Per Ravn PRESENT for=Ida Krog")),
				Arguments.of(new SubstituteRules.SubstituteHeading(), "Til stede: Ole Lund\nStedfortræder: Per Ravn for Ida Krog\n",
						List.of("Ida Krog ABSENT", "Per Ravn PRESENT for=Ida Krog")),
				Arguments.of(new PresenceSentences.TakesPartUnderItems(), "Skolechef Jens Dahl deltager under alle punkter.",
						List.of("Jens Dahl GUEST")),
				Arguments.of(new PresenceSentences.TakesPartUnderItems(), "Udvalget drøftede sagen og besluttede at udsætte den.",
						List.of()),
				Arguments.of(new PresenceSentences.CouldNotAttend(), "Ole Lund kunne desværre ikke deltage i mødet. Eva Holm deltog ikke i behandlingen.",
						List.of("Ole Lund ABSENT")),
				Arguments.of(new PresenceSentences.CouldNotAttend(), "Formanden bad om forslag til dirigent; Per Ravn - der plejer at være dirigent - var ikke til stede.",
						List.of("Per Ravn ABSENT")),
				Arguments.of(new PresenceSentences.InThePhoto(), "IMG_0700På billedet fra højre: Ole Lund, Eva Holm og Per Ravn. Mødet sluttede.",
						List.of("Eva Holm GUEST", "Ole Lund GUEST", "Per Ravn GUEST")),
				// a subject of names alone is all of them; a name in the sentence before is not
				Arguments.of(new PresenceSentences.CouldNotAttend(), "Til stede var Ole Lund og Per Ravn. Karen Bech og Jens Krog havde meldt afbud.",
						List.of("Jens Krog ABSENT", "Karen Bech ABSENT")),
				// "var syg", "var på ferie" ending the clause; "var syg sidste gang" does not
				Arguments.of(new PresenceSentences.CouldNotAttend(), "Jens Krog havde meldt forfald, og Karen Bech var syg. Eva Holm var på ferie. "
						+ "Per Ravn var syg sidste gang, men kom i dag.", List.of("Eva Holm ABSENT", "Jens Krog ABSENT", "Karen Bech ABSENT")),
				// "havde forfald", and a party in brackets between the name and the verb
				Arguments.of(new PresenceSentences.CouldNotAttend(), "Carl Eg (O) havde forfald. Bo Dahl (V) har meldt afbud.",
						List.of("Bo Dahl ABSENT", "Carl Eg ABSENT")),
				// who sat out one item was at the meeting
				Arguments.of(new PresenceSentences.CouldNotAttend(), "Eva Holm deltog ikke. Ole Lund deltog ikke under dette punkt (inhabil). "
						+ "Per Ravn deltog ikke i behandlingen af punkt 4.", List.of("Eva Holm ABSENT")),
				Arguments.of(new SubstituteRules.InsteadAttended(), "Fraværende med afbud:\nEva Holm. I stedet deltog Ole Lund.\n",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new SubstituteRules.InsteadAttended(), "Afbud fra Eva Holm, i stedet deltog Ole Lund.",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new SubstituteRules.SubstituteForAttended(), "For Eva Holm deltog suppleant Ole Lund.",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new SubstituteRules.SubstituteForLabel(), "Afbud: Eva Holm (O)\nStedfortræder for Eva Holm (O): Ole Lund (O)",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				// the substitute named by the word before the name; a label's note ends at its line
				Arguments.of(new SubstituteRules.InsteadAttended(), "Afbud:\nEva Holm (O). I stedet deltog stedfortræder Ole Lund (O).",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new SubstituteRules.SubstituteForLabel(), "Til stede:\nOle Lund (A), suppleant for Eva Holm\nFraværende:\nEva Holm (A)",
						List.of()),
				Arguments.of(new SubstituteRules.ReplacedBy(), "Afbud: Eva Holm, der var erstattet af suppleant Ole Lund.",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new SubstituteRules.GenitiveSubstituteAttended(),
						"Eva Holms suppleant Ole Lund var indkaldt og deltog. Per Ravns suppleant Ida Krog var indkaldt.",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new SubstituteRules.SubstituteAttended(), "Suppleant Ole Lund deltog. Suppleanten Ida Krog kunne ikke komme.",
						List.of("Ole Lund PRESENT role=suppleant")),
				Arguments.of(new SubstituteRules.SubstituteAttended(), "Afbud: Eva Holm (O) - stedfortræder Ole Lund (O) deltog",
						List.of("Ole Lund PRESENT role=suppleant")),
				Arguments.of(new SubstituteRules.InsteadAttended(), "Fraværende: Eva Holm (O) - i stedet mødte Ole Lund (O)",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new SubstituteRules.SubstituteCalledIn(), "Eva Holm - suppleanten, Ole Lund, er indkaldt.\nPer Ravn - suppleant Ida Krog er indkaldt, men kan ikke.",
						List.of("Eva Holm ABSENT", "Ole Lund PRESENT for=Eva Holm")),
				Arguments.of(new PresenceSentences.AttendedTheMeeting(),
						"Ole Lund (formand), Eva Holm og Per Ravn deltog i mødet. Ida Krog deltog i mødet under punkt 2. Bo Lind og Jens Dahl var til stede.\n"
								+ "Karen Bak var til stede ved indvielsen af skolen.",
						List.of("Bo Lind PRESENT", "Eva Holm PRESENT", "Jens Dahl PRESENT", "Ole Lund PRESENT", "Per Ravn PRESENT")),
				Arguments.of(new PresenceSentences.CouldNotAttend(), "Ida Krog havde meldt afbud. Bo Lind var fraværende.",
						List.of("Bo Lind ABSENT", "Ida Krog ABSENT")),
				Arguments.of(new PresenceSentences.ArrivedOrLeft(), "Ole Lund ankom til mødet kl. 18.42.\nEva Holm forlod mødet efter punkt 3.\nPer Ravn kom med et forslag.",
						List.of("Eva Holm PRESENT", "Ole Lund PRESENT")),
				Arguments.of(new PresenceSentences.ElectedToChair(), "1. Valg af dirigent\nHans blev valgt som dirigent. Dagsordenen blev godkendt.",
						List.of("Hans PRESENT role=dirigent")),
				// a table flattened with its column headings first; groups matched from the last heading back
				Arguments.of(new ListRules.ColumnHeadingsFirst(),
						"DELTAGERE: Siumut: Atassut: Fraværende: Embedsmænd: Tolk: Ole Lund, Eva Holm Per Ravn - Ida Krog, "
								+ "Jens Dahl Direktør Karen Bak, sekretær Lise Vang Anne Berg\n1. Godkendelse",
						List.of("Anne Berg GUEST", "Eva Holm PRESENT", "Ida Krog ABSENT", "Jens Dahl ABSENT",
								"Karen Bak GUEST title=Direktør", "Lise Vang GUEST title=sekretær", "Ole Lund PRESENT",
								"Per Ravn PRESENT")),
				// field labels in a row are no attendance table
				Arguments.of(new ListRules.ColumnHeadingsFirst(), "Dato: Tid: Sted: 3. maj kl. 15 Rådhuset Ole Lund",
						List.of()));
	}

	/** Rules that need what the rules before them read. */
	static List<Arguments> inContext() {
		return List.of(
				// a list on its heading's line ends at its full stop: the sentence after it is no entry
				row("Til stede: Ole Lund, Per Ravn\nAfbud: Eva Holm. Suppleant Ida Krog deltog.",
						"Eva Holm ABSENT", "Ida Krog PRESENT role=suppleant for=Eva Holm", "Ole Lund PRESENT", "Per Ravn PRESENT"),
				row("Til stede: Ole Lund, Per Ravn\nAfbud: Eva Holm. Mødet blev ledet af Ole Lund.",
						"Eva Holm ABSENT", "Ole Lund PRESENT role=mødeleder", "Per Ravn PRESENT"),
				// a numbered list of who came is no agenda; initials in brackets are no organisation
				row("Deltagere:\n1. Ole Lund (OL)\n2. Eva Holm, FOA\n\nDagsorden:\n1. Godkendelse af dagsorden",
						"Eva Holm PRESENT org=FOA", "Ole Lund PRESENT"),
				// a numbered entry whose given name the lexicon does not know goes on with the list; an agenda's item ends it
				row("Fremmødte:\n1. Ole Lund\n2. Hafsa Ibrahim\n3. Eva Holm\n\nDagsorden:\n1. Nye Medlemmer\n2. Eventuelt",
						"Eva Holm PRESENT", "Hafsa Ibrahim PRESENT", "Ole Lund PRESENT"),
				// a title whose phrase runs on before the name ("chef for Sundhed og Ældre Mads Ravn") after "Fra administrationen deltog"
				row("Til stede: Ole Lund, Bo Dahl\n\nFra administrationen deltog chef for Sundhed og Ældre Mads Ravn og\n"
						+ "konsulent Lise Bak Dalsgaard (referent).\n", "Bo Dahl PRESENT", "Lise Bak Dalsgaard GUEST role=referent title=konsulent",
						"Mads Ravn GUEST title=chef for Sundhed og Ældre", "Ole Lund PRESENT"),
				// a union's acronym in brackets after the member's role is whom the member sits for; a role's own is none
				row("Til stede:\n- Eva Holm, TR for lærerne (DLF), næstformand\n- Per Ravn, arbejdsmiljørepræsentant (AMR)\n"
						+ "- Ida Krog, TR for pædagogerne (BUPL)\n",
						"Eva Holm PRESENT org=DLF role=tr", "Ida Krog PRESENT org=BUPL role=tr", "Per Ravn PRESENT role=arbejdsmiljørepræsentant"),
				// a role word before the name is the role; "Borgmester" stays a title
				row("Til stede: Formand Ole Lund, næstformand Eva Holm, Borgmester Per Ravn", "Eva Holm PRESENT role=næstformand title=næstformand",
						"Ole Lund PRESENT role=formand title=Formand", "Per Ravn PRESENT title=Borgmester"),
				// "Deltog:" and "Deltog ikke:" on one line
				row("Deltog: Ole Lund, Eva Holm. Deltog ikke: Per Ravn", "Eva Holm PRESENT", "Ole Lund PRESENT", "Per Ravn ABSENT"),
				// "Uden afbud Jens Dahl." after a full stop is one more absent member, not a sentence
				row("Til stede: Ole Lund\nAfbud: Eva Holm. Uden afbud Jens Dahl.", "Eva Holm ABSENT", "Jens Dahl ABSENT",
						"Ole Lund PRESENT"),
				// "som Evas suppleant": the one absent member of that given name
				row("Afbud: Eva Holm, Evald Berg\nOle Lund deltog i mødet som Evas suppleant fra kl. 20.",
						"Eva Holm ABSENT", "Evald Berg ABSENT", "Ole Lund PRESENT for=Eva Holm"),
				// who speaks at a meeting with a roll came; in a letter nobody did
				// only the afbud named: everyone else came, a speaker among them; a titled speaker came to report
				row("Afbud: Eva Holm\n\nPunkt 1\nPer Ravn oplyste, at sagen er afsluttet.\nDirektør Ida Krog svarede, at planen holder.",
						"Eva Holm ABSENT", "Ida Krog GUEST", "Per Ravn PRESENT"),
				// a speaker presenting something, a role in brackets after the name: came to report
				row("Afbud: Eva Holm\n\n1. Per Ravn (kasserer) fremlagde regnskabet for 2031.", "Eva Holm ABSENT", "Per Ravn GUEST"),
				// who came is named: a speaker not among them is a guest
				row("Til stede: Ole Lund, Eva Holm\n\nPunkt 1\nPer Ravn oplyste, at sagen er afsluttet.", "Eva Holm PRESENT",
						"Ole Lund PRESENT", "Per Ravn GUEST"),
				row("Afgørelse\nPer Ravn oplyste, at sagen er afsluttet."),
				// management at a board's meeting are guests; "deltog i Per Ravns fravær" leaves no "Per Ravns"
				row("Fra ledelsen: Ole Lund, Eva Holm og Jens Dahl. Fra administrationen: controller Ida Krog deltog i Per Ravns fravær.",
						"Eva Holm GUEST", "Ida Krog GUEST title=controller for=Per Ravn", "Jens Dahl GUEST", "Ole Lund GUEST",
						"Per Ravn ABSENT"),
				// "suppleant X deltager" in a flattened absent list; "gik kl" there means they came for part of it
				row("Afbud Ole Lund Eva Holm, suppleant Per Ravn deltager Ida Krog Fraværende uden afbud: Jens Dahl Karen Bak gik kl 1. Godkendelse",
						"Eva Holm ABSENT", "Ida Krog ABSENT", "Jens Dahl ABSENT", "Karen Bak PRESENT", "Ole Lund ABSENT",
						"Per Ravn PRESENT role=suppleant title=suppleant for=Eva Holm"));
	}

	@ParameterizedTest
	@MethodSource
	void inContext(String text, List<String> facts) {
		assertThat(facts(AttendanceRules.read(text))).containsExactlyInAnyOrderElementsOf(facts);
	}

	/** The whole rule list on a page of members: groups under "whom they sit for" lines, deputies left out. */
	static List<Arguments> memberPages() {
		return List.of(row("Naturrådet\n\nVestby lokalområde\n\n • Ole Lund\n • Eva Holm, næstformand\n\nSuppleanter\n\n"
				+ " • 1. suppleant: Per Ravn\n\nUdpeget af Byrådet for perioden 2030-2033\n\n • Ida Krog (V)\n\nKontakt\n\nJens Dahl\n",
				"Eva Holm null member org=Vestby lokalområde role=næstformand", "Ida Krog null member party=V org=Byrådet",
				"Ole Lund null member org=Vestby lokalområde"),
				// a news report of who sits on a board; who left or was replaced is no member
				row("Ny formand valgt i skolebestyrelsen\n\nVESTBY: Karen Bak, Østby, er blevet valgt som ny formand for skolebestyrelsen "
						+ "på Vestby Skole, efter at Jens Dahl er trådt ud af bestyrelsen. De øvrige medlemmer i bestyrelsen er Ole Lund og "
						+ "Eva Holm. Fra kommuneforeningen deltager borgmester Per Ravn i bestyrelsens arbejde. Lærerrepræsentanterne er "
						+ "Ida Krog og Lise Vang. Bo Berg er som tilforordnet fast medlem af skolebestyrelsen.",
						"Bo Berg null member", "Eva Holm null member", "Ida Krog null member", "Karen Bak null member",
						"Lise Vang null member", "Ole Lund null member", "Per Ravn null member org=kommuneforeningen"),
				// a note beside a listed member that they did not come: the others came
				row("Medlemmer:\nOle Lund (A)\nEva Holm (V) (afbud)\nPer Ravn (Ø) - fraværende\nIda Krog (F)\n",
						"Eva Holm ABSENT member party=V", "Ida Krog PRESENT member party=F", "Ole Lund PRESENT member party=A",
						"Per Ravn ABSENT member party=Ø"),
				// the body's own name over its members is no organisation of theirs; "3F" is one
				row("Repræsentantskabet\n\n- Ole Lund (LO Vestby)\n- Per Ravn (3F)\n- Eva Holm\n",
						"Eva Holm null member", "Ole Lund null member org=LO Vestby", "Per Ravn null member org=3F"),
				// in minutes (an attendance was read) a line above a bulleted list is no group of members
				row("Til stede: Ole Lund\n\nSagens baggrund\n\n • Eva Holm\n • Per Ravn\n", "Ole Lund PRESENT"));
	}

	@ParameterizedTest
	@MethodSource
	void memberPages(String text, List<String> facts) {
		assertThat(facts(AttendanceRules.read(text))).containsExactlyInAnyOrderElementsOf(facts);
	}

	@ParameterizedTest
	@MethodSource
	void prose(AttendanceRules.Rule rule, String text, List<String> facts) {
		assertThat(read(rule, text)).containsExactlyInAnyOrderElementsOf(facts);
	}

	static List<Arguments> wholePipeline() {
		return List.of(
				// members minus the absent came, when no list says who came
				row("Medlemmer Ole Lund Eva Holm Per Ravn Fraværende Eva Holm Bemærkninger til dagsorden",
						"Eva Holm ABSENT member", "Ole Lund PRESENT member", "Per Ravn PRESENT member"),
				// a role before the line break is the entry's own; a substitute's sentence inside the afbud list
				row("Til stede:\nKaren Bak (A), formand\nSøren Mølgaard (A)\n\nFraværende:\nJens Dahl (C)\n"
						+ "Som suppleant for Jens Dahl deltog Lise Vang (C).\n",
						"Jens Dahl ABSENT party=C", "Karen Bak PRESENT party=A role=formand", "Lise Vang PRESENT party=C for=Jens Dahl",
						"Søren Mølgaard PRESENT party=A"),
				// substitutes listed apart stand in for the absent member of their party
				row("Fraværende: Ole Lund (A), Eva Holm (V)\nStedfortrædere: Per Ravn (A), Ida Krog (V)\n",
						"Eva Holm ABSENT party=V", "Ida Krog PRESENT party=V role=suppleant for=Eva Holm", "Ole Lund ABSENT party=A",
						"Per Ravn PRESENT party=A role=suppleant for=Ole Lund"),
				row("Fraværende: Ole Lund\nSuppleanter: Per Ravn\n", "Ole Lund ABSENT", "Per Ravn PRESENT role=suppleant for=Ole Lund"),
				// a board role by role: members with their roles; a deputy is none, one role line alone says nothing
				row("Formand: Ole Lund\nNæstformand: Eva Holm (V)\nKasserer: Per Ravn\nSuppleant: Ida Krog\n",
						"Eva Holm null member party=V role=næstformand", "Ole Lund null member role=formand",
						"Per Ravn null member role=kasserer"),
				row("Formand: Ole Lund\n\nSagen blev drøftet."),
				// each role above its name, as a web page's fields come; a role above a sentence is no name
				row("Formand\nOle Lund\n\nKasserer\nPer Ravn\n\nMedlem\nsiden 2031\n", "Ole Lund null member role=formand",
						"Per Ravn null member role=kasserer"),
				// the line under the name says whom the member sits for; "valgt af generalforsamlingen" names no organisation
				row("Formand\nOle Lund\nValgt af generalforsamlingen\n\nKasserer\nPer Ravn\nUdpeget af Vestby Kommune\n",
						"Ole Lund null member role=formand", "Per Ravn null member org=Vestby Kommune role=kasserer"),
				// a member page's card: the role, the name with a title and an employer after commas, then whom the member sits
				// for ("Udpeget af:" with its colon, as a web page's field); the appointer, not the employer, is whom
				row("Formand\nOle Lund, direktør, Vestby Erhvervsråd\nUdpeget af: Vestby Kommune\nValgperiode: 2030-2034\n\n"
						+ "Næstformand\nEva Holm, lektor, ph.d.\nUdpeget af: VIA University College\n\nMedlem\nPer Ravn, afdelingschef\n"
						+ "Selvsupplerende medlem\n",
						"Eva Holm null member org=VIA University College role=næstformand",
						"Ole Lund null member org=Vestby Kommune role=formand", "Per Ravn null member role=medlem"),
				// "og" between capitalised words inside an organisation's name is part of it; before the next name it parts them
				row("Mødt:\nSektionsleder Ina Lund – Center for Handicap og Psykiatri\nOle Dahl, Sekretariat for Politik og Borgerservice\n"
						+ "Eva Holm, Center for Børn og Unge og Per Ravn, FOA\n",
						"Eva Holm PRESENT org=Center for Børn og Unge", "Ina Lund PRESENT org=Center for Handicap og Psykiatri title=Sektionsleder",
						"Ole Dahl PRESENT org=Sekretariat for Politik og Borgerservice", "Per Ravn PRESENT org=FOA"),
				// each name above its role, as contact cards come
				row("Ole Lund\nFormand\nole@example.dk\n\nEva Holm\nNæstformand\nTlf. 12 34 56 78\n\nPer Ravn\nKasserer\n",
						"Eva Holm null member role=næstformand", "Ole Lund null member role=formand", "Per Ravn null member role=kasserer"),
				row("Bestyrelsen for Vestby Boligforening består af:\nOle Lund (formand), Eva Holm og Per Ravn.",
						"Eva Holm null member", "Ole Lund null member role=formand", "Per Ravn null member"),
				// members listed by the group they sit for, no heading of who came: the members not absent came
				row("Forældrerepræsentanter: Ida Krog, Per Ravn\nMedarbejderrepræsentanter: Eva Holm\nFraværende: Per Ravn\n",
						"Eva Holm PRESENT member", "Ida Krog PRESENT member", "Per Ravn ABSENT member"),
				// "Stedfortræder:" on its own line under the members: one who stood in for the absent member of the party
				row("Medlemmer:\nOle Lund (A)\nEva Holm (V)\n\nFraværende:\nEva Holm (V)\n\nStedfortræder: Per Ravn (V)\n",
						"Eva Holm ABSENT member party=V", "Ole Lund PRESENT member party=A", "Per Ravn PRESENT party=V role=suppleant for=Eva Holm"),
				// no heading: each line a name and, after a dash, a colon or a tab, what became of the person
				row("Ole Lund (formand) - Til stede\nEva Holm - Fraværende\nPer Ravn, BUPL: Deltog\nIda Krog (V)\tDeltog ikke\n",
						"Eva Holm ABSENT", "Ida Krog ABSENT party=V", "Ole Lund PRESENT role=formand", "Per Ravn PRESENT org=BUPL"),
				// one such line alone is no roll; under a heading the status beside a name is no title
				row("Sagen blev drøftet.\nOle Lund - afbud\n"),
				row("Deltagere:\nOle Lund - til stede\nEva Holm - deltog ikke\n", "Eva Holm ABSENT", "Ole Lund PRESENT"),
				row("Medlemmer: Karen Bak (S), Borgmester Søren Mølgaard, Suppleant for Lise Vang, (S), Jens Dahl (IA)",
						"Jens Dahl PRESENT member party=IA", "Karen Bak PRESENT member party=S", "Lise Vang ABSENT member party=S",
						"Søren Mølgaard PRESENT member title=Borgmester for=Lise Vang"));
	}

	@ParameterizedTest
	@MethodSource
	void wholePipeline(String text, List<String> facts) {
		assertThat(facts(AttendanceRules.read(text))).containsExactlyInAnyOrderElementsOf(facts);
	}

	static List<Arguments> headers() {
		return List.of(
				Arguments.of("Referat af møde i Børne- og Skoleudvalget den 6. maj 2031 kl. 15:00 i Rådhuset, lokale 2",
						"Børne- og Skoleudvalget|2031-05-06|15:00|Rådhuset, lokale 2"),
				Arguments.of("Referat af LAMU-møde 13. marts 2031\n\nTil stede: Ole Lund", "LAMU|2031-03-13|null|null"),
				Arguments.of("Mødedato: 24.01.2031, kl. 18:30\nMødested: Kvarterhuset\n\nFormanden indstiller til Vester Lokaludvalg,",
						"Vester Lokaludvalg|2031-01-24|18:30|Kvarterhuset"),
				Arguments.of("Bestyrelse\n\nMedlemmerne af Vestegnens bestyrelse i valgperioden 2030-2034 er:\n • Karen Bak",
						"Vestegnens bestyrelse|null|null|null"),
				Arguments.of("Udvalg\nKommunalbestyrelsen\nDato\n26. January 2031 -", "Kommunalbestyrelsen|2031-01-26|null|null"),
				// the date in the line naming the meeting, not the date the minutes were written; the place after it
				Arguments.of("1 15. juni 2031 Referat fra møde i Naturudvalget (NAU) den 31. maj 2031 i Naturhuset, Skovvej 13, "
						+ "2450 København SV Tilstede: Ole Lund", "Naturudvalget (NAU)|2031-05-31|null|Naturhuset, Skovvej 13, 2450 København SV"),
				// a form's labels and values flattened: the next label is no part of the value
				Arguments.of("UDVALG Naturrådet MØDE\n\nMøde i Naturrådet STED\n\nSkovsalen, Skovvej 1 STARTTIDSPUNKT\n\n28-02-2031 14:00:00",
						"Naturrådet|2031-02-28|14:00|Skovsalen, Skovvej 1"),
				// a meeting of a series over two days: the series is the forum, the first day the date, the town the place
				Arguments.of("Netværksmøde 4\n\nNetværket afholdte netværksmøde 4 i Malmö d. 5. – 6. september 2031\n",
						"Netværksmøde|2031-09-05|null|Malmö"),
				Arguments.of("REFERAT AF GENERALFORSAMLINGEN DEN 03. MARTS 2031\n\nFormanden åbnede generalforsamlingen kl. 18,00",
						"GENERALFORSAMLINGEN|2031-03-03|null|null"),
				Arguments.of("Ny formand valgt i skolebestyrelsen\n\nKaren Bak er valgt som ny formand for skolebestyrelsen på Vestby Skole.",
						"skolebestyrelsen på Vestby Skole|null|null|null"),
				// the minutes approved at the top name an earlier meeting's date; the meeting's own heading follows
				Arguments.of("2. Godkendelse af referat fra rådsmødet den 25. marts 2031 Referatet blev godkendt.\n\n"
						+ "1 Referat af rådsmøde i Naturrådet den 5. oktober 2031 I mødet deltog: Ole Lund", "Naturrådet|2031-10-05|null|null"),
				// a meeting at someone's home
				Arguments.of("Referat kredsbestyrelsesmøde tirsdag 4. juni 2031 hos Eva Holm\n\nTilstede: Ole Lund, Eva Holm",
						"Kredsbestyrelse|2031-06-04|null|hos Eva Holm"),
				// forum, date and time, then the address on a line of its own
				Arguments.of("Referat\nNaturudvalget\n06-11-2031 kl. 13:00\nMødelokale B, Skovvej 4, 3700 Vestby\nDagsordenspunkter\n",
						"Naturudvalget|2031-11-06|13:00|Mødelokale B, Skovvej 4, 3700 Vestby"),
				// a page of a forum's members
				Arguments.of("Ældrerådets medlemmer\n\nOle Lund, formand\nEva Holm", "Ældrerådet|null|null|null"),
				Arguments.of("Bestyrelsens medlemmer:\n\nOle Lund, formand\nEva Holm", "Bestyrelsen|null|null|null"),
				// the forum only in a compound, the place after "afholdt i"
				Arguments.of("Referat Møde 04/2031 Mødet afholdt i Nuuk, rådhusets mødesal kl\n\nGrundet afbud fra 2 byrådsmedlemmer",
						"Byrådet|null|null|Nuuk, rådhusets mødesal"));
	}

	@ParameterizedTest
	@MethodSource
	void headers(String text, String expected) {
		MeetingHeader h = MeetingHeader.read(text);
		assertThat(h.forum() + "|" + h.date() + "|" + h.start() + "|" + h.location()).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void a_row_remembers_the_line_its_name_was_read_from() {
		Roll roll = new Roll("Referat\nTil stede: Ole Lund\n\nAfbud: Eva Holm");
		assertThat(roll.line(0)).isEqualTo(1);
		assertThat(roll.line(7)).isEqualTo(1); // the line's own break
		assertThat(roll.line(8)).isEqualTo(2);
		assertThat(roll.line(roll.text.indexOf("Eva"))).isEqualTo(4);
		assertThat(roll.line(roll.text.length() + 5)).isEqualTo(4);
	}
}
