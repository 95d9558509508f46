package dk.moedegraf.generate;

import java.util.List;

/**
 * The word lists a synthetic Denmark is made from: the 98 municipalities by region (public fact), and
 * generic, common Danish given names, surnames and place-name stems. Nobody here is a real person from the
 * seed or the corpus: people are random combinations of these lists.
 */
final class Lexicon {

	private Lexicon() {
	}

	record Region(String name, List<String> municipalities) {
	}

	static final List<Region> REGIONS = List.of(
			new Region("Hovedstaden", List.of("Albertslund", "Allerød", "Ballerup", "Bornholm", "Brøndby", "Dragør",
					"Egedal", "Fredensborg", "Frederiksberg", "Frederikssund", "Furesø", "Gentofte", "Gladsaxe", "Glostrup",
					"Gribskov", "Halsnæs", "Helsingør", "Herlev", "Hillerød", "Hvidovre", "Høje-Taastrup", "Hørsholm",
					"Ishøj", "København", "Lyngby-Taarbæk", "Rudersdal", "Rødovre", "Tårnby", "Vallensbæk")),
			new Region("Sjælland", List.of("Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre",
					"Lolland", "Næstved", "Odsherred", "Ringsted", "Roskilde", "Slagelse", "Solrød", "Sorø", "Stevns",
					"Vordingborg")),
			new Region("Syddanmark", List.of("Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg-Midtfyn",
					"Haderslev", "Kerteminde", "Kolding", "Langeland", "Middelfart", "Nordfyns", "Nyborg", "Odense",
					"Svendborg", "Sønderborg", "Tønder", "Varde", "Vejen", "Vejle", "Ærø", "Aabenraa")),
			new Region("Midtjylland", List.of("Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens", "Ikast-Brande",
					"Lemvig", "Norddjurs", "Odder", "Randers", "Ringkøbing-Skjern", "Samsø", "Silkeborg", "Skanderborg",
					"Skive", "Struer", "Syddjurs", "Viborg", "Aarhus")),
			new Region("Nordjylland", List.of("Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø",
					"Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerlands", "Aalborg")));

	/** Relative size of the larger and the smallest municipalities; the rest are 1. */
	static double weight(String municipality) {
		return switch (municipality) {
			case "København" -> 3.0;
			case "Aarhus" -> 2.5;
			case "Odense", "Aalborg" -> 2.0;
			case "Esbjerg", "Vejle", "Frederiksberg" -> 1.5;
			case "Randers", "Viborg", "Kolding", "Silkeborg", "Herning", "Horsens", "Roskilde", "Næstved", "Gentofte" -> 1.2;
			case "Læsø" -> 0.3;
			case "Fanø", "Samsø", "Ærø" -> 0.4;
			case "Dragør", "Vallensbæk", "Langeland" -> 0.6;
			case "Lemvig", "Struer", "Morsø", "Odder", "Allerød", "Hørsholm", "Ishøj", "Solrød", "Stevns", "Kerteminde",
					"Billund" -> 0.7;
			default -> 1.0;
		};
	}

	static String municipalityName(String municipality) {
		return switch (municipality) {
			case "København" -> "Københavns Kommune";
			case "Bornholm" -> "Bornholms Regionskommune";
			default -> municipality + " Kommune";
		};
	}

	static String councilName(String municipality) {
		if (municipality.equals("København")) {
			return "Borgerrepræsentationen";
		}
		return weight(municipality) >= 1.2 ? "Byrådet" : "Kommunalbestyrelsen";
	}

	static int councilSize(String municipality) {
		double w = weight(municipality);
		if (municipality.equals("København")) {
			return 55;
		}
		return w >= 2 ? 31 : w >= 1.5 ? 29 : w >= 0.7 ? 25 : w >= 0.5 ? 19 : 11;
	}

	/**
	 * A forvaltning: its name, abbreviation, the committee that governs it, its three centres, and the topics
	 * its agenda items and initiatives are about.
	 */
	record Administration(String name, String abbreviation, String committee, List<String> centres, List<String> topics) {
	}

	static final List<Administration> ADMINISTRATIONS = List.of(
			new Administration("Børne- og Ungeforvaltningen", "BUF", "Børne- og Ungeudvalget",
					List.of("Center for Dagtilbud", "Center for Skole", "Center for Familie og Forebyggelse"),
					List.of("normering i dagtilbud", "inklusion i folkeskolen", "skolestruktur", "mistrivsel blandt unge",
							"specialundervisning", "skolebestyrelsernes arbejde", "sprogscreening", "fritidstilbud")),
			new Administration("Social- og Sundhedsforvaltningen", "SSF", "Social- og Sundhedsudvalget",
					List.of("Center for Socialpsykiatri", "Center for Handicap", "Center for Sundhed"),
					List.of("botilbud", "misbrugsbehandling", "hjemløseindsatsen", "forebyggende hjemmebesøg",
							"borgere med handicap", "sundhedsaftalen", "rehabilitering", "socialtilsyn")),
			new Administration("Teknik- og Miljøforvaltningen", "TMF", "Teknik- og Miljøudvalget",
					List.of("Center for Byudvikling", "Center for Veje og Trafik", "Center for Natur og Miljø"),
					List.of("lokalplaner", "cykelstier", "klimatilpasning", "affaldssortering", "kollektiv trafik",
							"vandløb", "byggesagsbehandling", "grønne områder")),
			new Administration("Beskæftigelsesforvaltningen", "BEF", "Beskæftigelsesudvalget",
					List.of("Jobcenter", "Ungeenheden", "Center for Integration"),
					List.of("ledighed", "virksomhedssamarbejde", "sygedagpenge", "uddannelseshjælp", "fleksjob",
							"integration af flygtninge", "seniorjob", "jobrotation")),
			new Administration("Kultur- og Fritidsforvaltningen", "KFF", "Kultur- og Fritidsudvalget",
					List.of("Center for Kultur", "Center for Idræt og Fritid", "Bibliotekerne"),
					List.of("idrætsfaciliteter", "foreningsstøtte", "biblioteker", "musikskolen", "kulturhuse",
							"halfordeling", "events", "ungdomsklubber")),
			new Administration("Økonomiforvaltningen", "ØKF", "Økonomiudvalget",
					List.of("Center for Økonomi", "HR og Personale", "Digitalisering og IT"),
					List.of("budget", "regnskab", "anlægsoversigt", "rekruttering", "sygefravær", "digitalisering",
							"arbejdsmiljø", "indkøb")),
			new Administration("Sundheds- og Omsorgsforvaltningen", "SOF", "Sundheds- og Omsorgsudvalget",
					List.of("Center for Hjemmepleje", "Center for Plejeboliger", "Center for Træning"),
					List.of("hjemmepleje", "plejeboliger", "demens", "velfærdsteknologi", "madservice", "genoptræning",
							"pårørende", "rekruttering af SOSU-personale")));

	/** National unions: id slug, name, abbreviation, whether it has a branch in each municipality (else per region). */
	record Union(String slug, String name, String abbreviation, boolean perMunicipality, String title) {
	}

	static final List<Union> UNIONS = List.of(
			new Union("bupl", "BUPL", "BUPL", false, "Tillidsrepræsentant"),
			new Union("foa", "FOA", "FOA", true, "Fællestillidsrepræsentant"),
			new Union("dlf", "Danmarks Lærerforening", "DLF", true, "Kredsformand"),
			new Union("hk-kommunal", "HK Kommunal", "HK", true, "Tillidsrepræsentant"),
			new Union("sl", "Socialpædagogerne", "SL", false, "Tillidsrepræsentant"),
			new Union("dsr", "Dansk Sygeplejeråd", "DSR", false, "Fællestillidsrepræsentant"),
			new Union("ds", "Dansk Socialrådgiverforening", "DS", false, "Tillidsrepræsentant"),
			new Union("djoef", "DJØF", "DJØF", false, "Tillidsrepræsentant"),
			new Union("3f", "3F", "3F", false, "Tillidsrepræsentant"));

	static final List<String> FEMALE = List.of("Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene",
			"Maria", "Marianne", "Inge", "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Bente", "Tina", "Gitte", "Ida",
			"Karen", "Julie", "Emma", "Sofie", "Laura", "Birgitte", "Dorte", "Jette", "Lise", "Rikke", "Heidi", "Sanne",
			"Trine", "Malene", "Line", "Christina", "Signe", "Karina", "Katrine", "Ulla", "Lisbeth", "Tove", "Eva", "Else",
			"Grethe", "Maja", "Caroline", "Sara", "Cecilie", "Stine", "Nanna", "Freja", "Clara", "Josefine", "Amalie",
			"Mathilde", "Astrid", "Ellen", "Frida", "Marie");

	static final List<String> MALE = List.of("Peter", "Jens", "Michael", "Lars", "Henrik", "Thomas", "Søren", "Jan",
			"Niels", "Christian", "Martin", "Jørgen", "Hans", "Anders", "Morten", "Jesper", "Ole", "Per", "Erik", "Rasmus",
			"Mads", "Kim", "Mikkel", "Bent", "Frederik", "Torben", "Kenneth", "Poul", "Steen", "Brian", "Claus", "Jakob",
			"Carsten", "Allan", "Flemming", "Johannes", "Simon", "Kasper", "Jonas", "Daniel", "Nikolaj", "Bo", "Troels",
			"Kristian", "Emil", "Mathias", "Lasse", "Oliver", "Magnus", "Anton", "Villads", "Carl", "William", "Knud");

	static final List<String> SURNAMES = List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen",
			"Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
			"Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen",
			"Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm", "Kristiansen", "Clausen",
			"Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Mogensen", "Jespersen", "Nissen", "Kjær",
			"Jepsen", "Frandsen", "Østergaard", "Søndergaard", "Berg", "Dahl", "Vestergaard", "Nørgaard", "Lindberg",
			"Bruun", "Krogh", "Winther", "Damgaard", "Skov", "Friis", "Kjeldsen", "Bak", "Buch", "Høj", "Ravn", "Juhl",
			"Toft");

	static final List<String> MIDDLE = List.of("Holm", "Lund", "Bach", "Dahl", "Skov", "Friis", "Vestergaard",
			"Østergaard", "Krogh", "Kjær", "Winther", "Juul", "Bech", "Brix", "Mølgaard", "Gram", "Rosenberg", "Lykke",
			"Bang", "Due", "Storm", "Thorup", "Hvid", "Munk");

	/** Stems of Danish-sounding place and house names, combined into school and institution names. */
	static final List<String> STEMS = List.of("Skovbakke", "Lundgård", "Vestervang", "Nørrevang", "Østervang",
			"Søndermark", "Engdal", "Højvang", "Bakkehus", "Egeskov", "Bøgely", "Fjordvang", "Solhøj", "Kildevæld",
			"Rosenhøj", "Møllevang", "Strandgård", "Ådal", "Lindevang", "Birkely", "Mosegård", "Tranehøj", "Kirkebakke",
			"Havbo", "Åbakke", "Granly", "Elmely", "Bølgen", "Troldehøj", "Stensbæk", "Ulvehøj", "Egevang", "Grønnemose",
			"Kløvermark", "Hyldebo", "Svanesø", "Ravnsholt", "Sletten", "Vibeholm", "Nattergal", "Bakkegård", "Spiren",
			"Mælkebøtten", "Regnbuen", "Solsikken", "Mariehønen", "Bikuben", "Humlebien", "Kastanjen", "Egern");

	static final List<String> DECISIONS = List.of("Godkendt.", "Taget til efterretning.", "Indstillingen blev godkendt.",
			"Drøftet. Sagen genoptages på næste møde.", "Godkendt med de faldne bemærkninger.", "Udsat.",
			"Anbefales over for Økonomiudvalget.", "Orienteringen blev taget til efterretning.");

	static final List<String> INITIATIVE_KINDS = List.of("investeringsforslag", "budgetforslag", "innovationsforslag",
			"udløb", "budgetnotat");

	static final List<String> INITIATIVE_VERBS = List.of("Styrket indsats for", "Ny model for", "Investering i",
			"Forenkling af", "Udvidelse af", "Besparelse på", "Pilotprojekt om", "Handleplan for");
}
