package dk.moedegraf.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import dk.moedegraf.search.SearchText;

/**
 * A synthetic Denmark in the project's model (see cypher/README.md): 5 regions and up to 98 municipalities
 * with their forvaltninger, centres, schools and institutions, union branches and parties; councils,
 * committees, MED committees at every level, regional councils, KKR and partnerships and networks across
 * municipalities; people whose seats change over two election terms and staff turnover; five years of
 * meetings with attendance (present, afbud, stedfortrædere, guests), agenda items, initiatives, and the
 * minutes and agendas every fact is sourced from.
 * <p>
 * Everything follows from the seed: the same seed and scale give the same nodes, relationships and
 * properties in the same order. Scale 1 is the whole country (about 1.2 M nodes, 5 M relationships); below
 * 1 fewer municipalities (⌈98·scale⌉, at least 2) and, below 0.05, smaller ones; above 1, larger ones.
 */
final class Denmark {

	static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
	static final LocalDate LAST = LocalDate.of(2025, 12, 31);
	/** Election terms: seats in councils and committees change at the turn of 2022. */
	private static final LocalDate[][] TERMS = { { LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31) },
			{ LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31) } };
	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
	private static final String[] MONTHS = { "januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
			"september", "oktober", "november", "december" };
	private static final List<String> PARTIES = List.of("Socialdemokratiet", "Venstre", "Det Konservative Folkeparti",
			"SF", "Enhedslisten", "Radikale Venstre", "Dansk Folkeparti", "Liberal Alliance", "Moderaterne",
			"Danmarksdemokraterne");

	private final long seed;
	private final int municipalities;
	private final double density;
	private final String source;

	private GraphSink sink;
	private final Map<String, Integer> slugCounts = new HashMap<>();
	/** Nodes whose first naming is written (SOURCED_FROM and the edges waiting for it). */
	private final Set<String> mentioned = new HashSet<>();
	/** Edges that get their {@code sources} from the first naming of their start node. */
	private final Map<String, List<Deferred>> waiting = new LinkedHashMap<>();
	private final MessageDigest sha256;

	private record Deferred(String type, String from, String to, Map<String, Object> properties) {
	}

	/** A seat in a forum: who, in what capacity, on whose behalf, from when to when (inclusive). */
	private record Seat(String person, String role, String onBehalfOf, String office, LocalDate from, LocalDate to) {
	}

	/** What a forum's meetings need: seats, stand-ins, guests, subjects. */
	private static final class Forum {
		final String id;
		final String name;
		final String location;
		final int perYear;
		final int items;
		final boolean agenda;
		final List<Seat> seats = new ArrayList<>();
		final List<String> standIns = new ArrayList<>();
		final List<String[]> guests = new ArrayList<>(); // person id, title, organisation id
		final List<String> topics;
		final List<String> initiatives = new ArrayList<>();
		String firstReferat;

		Forum(String id, String name, String location, int perYear, int items, boolean agenda, List<String> topics) {
			this.id = id;
			this.name = name;
			this.location = location;
			this.perYear = perYear;
			this.items = items;
			this.agenda = agenda;
			this.topics = topics;
		}
	}

	Denmark(long seed, double scale) {
		if (!(scale > 0)) {
			throw new IllegalArgumentException("scale must be > 0, was " + scale);
		}
		this.seed = seed;
		this.municipalities = (int) Math.max(2, Math.min(98, Math.ceil(98 * scale)));
		this.density = scale >= 1 ? scale : Math.min(1, Math.max(0.02, 20 * scale));
		this.source = "generated:denmark?seed=" + seed + "&scale=" + scale;
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	int municipalities() {
		return municipalities;
	}

	void writeTo(GraphSink sink) {
		this.sink = sink;
		var rng = random(-1);
		for (String party : PARTIES) {
			organisation(orgId(party), party, "party", List.of(), null);
		}
		for (var union : Lexicon.UNIONS) {
			organisation("org:" + union.slug(), union.name(), "union",
					union.name().equals(union.abbreviation()) ? List.of() : List.of(union.abbreviation()), null);
		}
		organisation("org:kl", "KL", "other", List.of("Kommunernes Landsforening"), null);

		// Municipalities are taken round-robin over the regions, so even a small Denmark spans them.
		var chosen = new ArrayList<String[]>(); // municipality, region
		for (int i = 0; chosen.size() < municipalities; i++) {
			for (var region : Lexicon.REGIONS) {
				if (i < region.municipalities().size() && chosen.size() < municipalities) {
					chosen.add(new String[] { region.municipalities().get(i), region.name() });
				}
			}
		}
		var regional = new LinkedHashMap<String, List<Municipality>>();
		Lexicon.REGIONS.forEach(r -> regional.put(r.name(), new ArrayList<>()));
		for (var r : Lexicon.REGIONS) {
			organisation(regionId(r.name()), "Region " + r.name(), "region", List.of(), null);
			for (var union : Lexicon.UNIONS) {
				if (!union.perMunicipality()) {
					organisation("org:" + union.slug() + "-" + slug(r.name()), union.name() + " " + r.name(), "union",
							List.of(), "org:" + union.slug());
				}
			}
		}
		for (int i = 0; i < chosen.size(); i++) {
			var m = new Municipality(chosen.get(i)[0], chosen.get(i)[1], random(i));
			m.write();
			regional.get(chosen.get(i)[1]).add(m);
		}
		int r = 0;
		for (var region : regional.entrySet()) {
			writeRegion(region.getKey(), region.getValue(), random(1000 + r++));
		}
		writeNationalNetworks(regional.values().stream().flatMap(List::stream).toList(), rng);
	}

	// ---- municipalities ----

	private final class Municipality {

		final String name;
		final String region;
		final SplittableRandom rng;
		final String key;
		final String id;
		final double size;
		final List<String> mayors = new ArrayList<>();
		final Map<String, String> directors = new LinkedHashMap<>(); // administration abbreviation -> person
		final Map<String, String> centreLeaders = new LinkedHashMap<>(); // centre name -> person
		final List<String> staff = new ArrayList<>();
		final List<String[]> staffTitles = new ArrayList<>();
		final List<Forum> forums = new ArrayList<>();
		final List<String> created = new ArrayList<>();
		String firstCouncilReferat;

		Municipality(String name, String region, SplittableRandom rng) {
			this.name = name;
			this.region = region;
			this.rng = rng;
			this.key = slug(name);
			this.id = orgId(Lexicon.municipalityName(name));
			this.size = Lexicon.weight(name) * density;
		}

		void write() {
			created.add(organisation(id, Lexicon.municipalityName(name), "kommune", List.of(name), null));
			var branches = new LinkedHashMap<String, String>(); // union slug -> branch org
			for (var union : Lexicon.UNIONS) {
				String branch = union.perMunicipality()
						? created(organisation("org:" + union.slug() + "-" + key, union.name() + " " + name, "union",
								List.of(), "org:" + union.slug()))
						: "org:" + union.slug() + "-" + slug(region);
				branches.put(union.slug(), branch);
			}

			// The political side: two terms of the council and its committees, with stand-ins.
			Forum council = forum("forum:" + key + "-" + slug(Lexicon.councilName(name)), Lexicon.councilName(name) + ", "
					+ Lexicon.municipalityName(name), "council", id, "Rådhuset, byrådssalen", 11, 12, true, List.of("budget",
							"anlægsoversigt", "lokalplaner", "skolestruktur", "regnskab", "klimatilpasning"));
			int councilSize = Math.max(5, (int) Math.round(Lexicon.councilSize(name) * Math.min(1, density)));
			String memberTitle = council.name.startsWith("Kommunalbestyrelsen") ? "Kommunalbestyrelsesmedlem" : "Byrådsmedlem";
			var termMembers = new ArrayList<List<String[]>>(); // per term: person, party
			List<String[]> previous = List.of();
			for (var term : TERMS) {
				var members = new ArrayList<String[]>();
				for (String[] p : previous) {
					if (rng.nextInt(100) < 60 && members.size() < councilSize) {
						members.add(p);
					}
				}
				while (members.size() < councilSize) {
					String party = orgId(any(PARTIES));
					members.add(new String[] { person(party, memberTitle), party });
				}
				for (int i = 0; i < members.size(); i++) {
					String[] p = members.get(i);
					boolean mayor = i == 0;
					if (mayor) {
						mayors.add(p[0]);
					}
					council.seats.add(new Seat(p[0], mayor ? "Borgmester" : memberTitle, p[1], mayor ? "formand" : null,
							term[0], term[1]));
				}
				for (int i = 0; i < Math.max(2, councilSize / 3); i++) {
					String party = orgId(any(PARTIES));
					council.standIns.add(person(party, "Stedfortræder"));
				}
				termMembers.add(members);
				previous = members;
			}
			var committees = new ArrayList<Forum>();
			for (var admin : Lexicon.ADMINISTRATIONS) {
				Forum c = forum("forum:" + key + "-" + slug(admin.committee()), admin.committee() + ", "
						+ Lexicon.municipalityName(name), "committee", id, "Rådhuset, mødelokale " + (1 + rng.nextInt(9)),
						10, 9, true, admin.topics());
				int size = admin.committee().equals("Økonomiudvalget") ? 9 : councilSize >= 19 ? 7 : 5;
				for (int t = 0; t < TERMS.length; t++) {
					// the mayor chairs Økonomiudvalget; the other committees draw from the rest of the council
					var members = new ArrayList<>(termMembers.get(t));
					String[] mayor = members.remove(0);
					shuffle(members);
					if (admin.committee().equals("Økonomiudvalget")) {
						members.add(0, mayor);
					}
					for (int i = 0; i < size && !members.isEmpty(); i++) {
						String[] p = members.remove(0);
						c.seats.add(new Seat(p[0], i == 0 ? "Udvalgsformand" : "Udvalgsmedlem", p[1], i == 0 ? "formand"
								: i == 1 ? "næstformand" : null, TERMS[t][0], TERMS[t][1]));
					}
					members.forEach(p -> c.standIns.add(p[0]));
				}
				committees.add(c);
			}

			// The administration: direktion, forvaltninger, centres, institutions, and MED at every level.
			String cityHall = Lexicon.municipalityName(name);
			String ceo = person(id, "Kommunaldirektør");
			Forum hovedMed = forum("forum:" + key + "-hovedmed", "HovedMED, " + cityHall, "med", id,
					"Rådhuset, mødelokale 1", 6, 7, false, List.of("arbejdsmiljø", "sygefravær", "budget", "trivselsmåling",
							"rekruttering", "seniorpolitik"));
			hovedMed.seats.add(seat(ceo, "Kommunaldirektør", id, "formand"));
			var institutions = new ArrayList<String[]>(); // org id, name, administration abbreviation, leader title
			for (var admin : Lexicon.ADMINISTRATIONS) {
				String adminId = created(organisation("org:" + key + "-" + slug(admin.abbreviation()), admin.name(),
						"forvaltning", List.of(admin.abbreviation()), id));
				String director = person(adminId, "Direktør");
				directors.put(admin.abbreviation(), director);
				hovedMed.seats.add(seat(director, "Direktør", adminId, null));
				Forum med = forum("forum:" + key + "-med-" + slug(admin.abbreviation()), "MED-udvalget, " + admin.name()
						+ ", " + cityHall, "med", adminId, admin.name() + ", mødelokale " + (1 + rng.nextInt(5)), 6, 6, false,
						admin.topics());
				med.seats.add(seat(director, "Direktør", adminId, "formand"));
				for (String centre : admin.centres()) {
					String centreId = created(organisation("org:" + key + "-" + slug(admin.abbreviation()) + "-"
							+ slug(centre), centre, "centre", List.of(), adminId));
					String leader = person(centreId, "Centerchef");
					centreLeaders.put(centre, leader);
					med.seats.add(seat(leader, "Centerchef", centreId, null));
					for (int k = 0; k < 2; k++) {
						String consultant = person(centreId, k == 0 ? "Konsulent" : "Specialkonsulent");
						staff.add(consultant);
						staffTitles.add(new String[] { consultant, k == 0 ? "Konsulent" : "Specialkonsulent", centreId });
					}
					String[] kind = switch (centre) {
						case "Center for Skole" -> new String[] { "%sskolen", "school", "Skoleleder", "10", "dlf" };
						case "Center for Dagtilbud" -> new String[] { "Børnehuset %s", "institution", "Daginstitutionsleder",
								"12", "bupl" };
						case "Center for Plejeboliger" -> new String[] { "Plejecenter %s", "institution", "Plejecenterleder",
								"5", "foa" };
						case "Center for Handicap" -> new String[] { "Bostedet %s", "institution", "Forstander", "3", "sl" };
						default -> null;
					};
					if (kind != null) {
						var stems = new ArrayList<>(Lexicon.STEMS);
						int count = 1 + (int) Math.round(Integer.parseInt(kind[3]) * size);
						for (int k = 0; k < count; k++) {
							String stem = stems.remove(rng.nextInt(stems.size()));
							if (stems.isEmpty()) {
								stems.addAll(Lexicon.STEMS);
							}
							String instName = kind[0].formatted(stem) + (k >= Lexicon.STEMS.size() ? " " + (k / Lexicon.STEMS.size() + 1) : "");
							String instId = created(organisation("org:" + key + "-" + slug(instName), instName, kind[1],
									List.of(), centreId));
							institutions.add(new String[] { instId, instName, admin.abbreviation(), kind[2], kind[4] });
						}
					}
				}
				for (int k = 0; k < 4; k++) {
					String union = k < 2 ? any(List.of("foa", "hk-kommunal", "ds", "djoef", "dsr")) : "hk-kommunal";
					String tr = person(branches.get(union), k == 3 ? "Arbejdsmiljørepræsentant" : "Fællestillidsrepræsentant");
					med.seats.add(seat(tr, k == 3 ? "Arbejdsmiljørepræsentant" : "Fællestillidsrepræsentant",
							branches.get(union), k == 0 ? "næstformand" : null));
				}
				turnover(med);
				committees.stream().filter(c -> c.name.startsWith(admin.committee())).findFirst().ifPresent(c -> {
					for (int k = 0; k < Math.max(1, (int) Math.round(6 * Math.min(1, density))); k++) {
						String kindOf = any(Lexicon.INITIATIVE_KINDS);
						String topic = admin.topics().get(k % admin.topics().size());
						String code = admin.abbreviation() + "/" + kindOf.substring(0, 2).toUpperCase(Locale.ROOT)
								+ String.format("%02d", k + 1);
						String iName = any(Lexicon.INITIATIVE_VERBS) + " " + topic;
						String iId = "initiative:" + key + "-" + slug(code);
						var props = named(iName, List.of(), List.of(code));
						props.put("kind", kindOf);
						props.put("code", code);
						props.put("budgetYear", 2022 + rng.nextInt(4));
						sink.node(iId, props);
						created.add(iId);
						defer(iId, "PARTICIPATES_IN", adminId, iId, Map.of("role", "initiator"));
						c.initiatives.add(iId);
					}
				});
				forums.add(med);
			}
			for (var union : List.of("foa", "dlf", "hk-kommunal", "bupl", "sl")) {
				String chair = person(branches.get(union), "Formand");
				hovedMed.seats.add(seat(chair, union.equals("dlf") ? "Kredsformand" : "Formand", branches.get(union),
						union.equals("foa") ? "næstformand" : null));
				defer(hovedMed.id, "PARTICIPATES_IN", branches.get(union), hovedMed.id, Map.of("role", "member"));
			}
			String hrUnit = "org:" + key + "-" + slug("ØKF") + "-" + slug("HR og Personale");
			hovedMed.seats.add(seat(person(hrUnit, "HR-chef"), "HR-chef", hrUnit, null));
			turnover(hovedMed);
			forums.add(0, hovedMed);

			for (String[] inst : institutions) {
				Forum local = forum("forum:" + key + "-lokalmed-" + slug(inst[1]), "LokalMED, " + inst[1], "med", inst[0],
						inst[1], 5, 5, false, Lexicon.ADMINISTRATIONS.stream()
								.filter(a -> a.abbreviation().equals(inst[2])).findFirst().orElseThrow().topics());
				String leader = person(inst[0], inst[3]);
				local.seats.add(seat(leader, inst[3], inst[0], "formand"));
				String deputy = person(inst[0], "Souschef");
				local.seats.add(seat(deputy, "Souschef", inst[0], null));
				String branch = branches.get(inst[4]);
				local.seats.add(seat(person(branch, "Tillidsrepræsentant"), "Tillidsrepræsentant", branch, "næstformand"));
				local.seats.add(seat(person(branches.get("foa"), "Tillidsrepræsentant"), "Tillidsrepræsentant",
						branches.get("foa"), null));
				local.seats.add(seat(person(inst[0], "Arbejdsmiljørepræsentant"), "Arbejdsmiljørepræsentant", inst[0], null));
				local.seats.add(seat(person(inst[0], "Medarbejderrepræsentant"), "Medarbejderrepræsentant", inst[0], null));
				turnover(local);
				forums.add(local);
			}
			for (Forum c : committees) {
				forums.add(0, c);
			}
			forums.add(0, council);
			for (Forum f : forums) {
				for (int k = 0; k < 3 && !staff.isEmpty(); k++) {
					f.guests.add(staffTitles.get(rng.nextInt(staffTitles.size())));
				}
				meetings(f, rng);
				if (f == council) {
					firstCouncilReferat = f.firstReferat;
				}
			}
			// Whatever no minutes named (an initiative never on an agenda) is sourced from the first council minutes.
			for (String node : created) {
				mention(node, firstCouncilReferat, 1, 3, true);
			}
		}

		private String any(List<String> list) {
			return pick(rng, list);
		}

		private <T> void shuffle(List<T> list) {
			for (int i = list.size() - 1; i > 0; i--) {
				int j = rng.nextInt(i + 1);
				T t = list.get(i);
				list.set(i, list.get(j));
				list.set(j, t);
			}
		}

		private String created(String node) {
			created.add(node);
			return node;
		}

		private String person(String organisation, String title) {
			String p = Denmark.this.person(rng, organisation, title);
			created.add(p);
			return p;
		}

		/** A fifth of the seats change hands once, at a random date: the old holder's seat ends the day before. */
		private void turnover(Forum f) {
			var seats = new ArrayList<>(f.seats);
			f.seats.clear();
			for (Seat s : seats) {
				if (rng.nextInt(100) < 20) {
					LocalDate change = FIRST.plusDays(180 + rng.nextInt(1400));
					String successor = person(s.onBehalfOf(), s.role());
					f.seats.add(new Seat(s.person(), s.role(), s.onBehalfOf(), s.office(), s.from(), change.minusDays(1)));
					f.seats.add(new Seat(successor, s.role(), s.onBehalfOf(), s.office(), change, s.to()));
				}
				else {
					f.seats.add(s);
				}
			}
			seats.forEach(s -> f.standIns.add(s.person()));
		}

		private Seat seat(String person, String role, String onBehalfOf, String office) {
			return new Seat(person, role, onBehalfOf, office, LocalDate.of(2020, 1, 1).plusDays(rng.nextInt(365)), LAST);
		}
	}

	// ---- regions and networks across municipalities ----

	private void writeRegion(String region, List<Municipality> members, SplittableRandom rng) {
		String regionId = regionId(region);
		var created = new ArrayList<String>();
		Forum council = forum("forum:regionsraadet-" + slug(region), "Regionsrådet, Region " + region, "council", regionId,
				"Regionsgården", 10, 10, true, List.of("sygehusplan", "psykiatri", "kollektiv trafik", "regional udvikling",
						"budget", "praksisplan"));
		for (var term : TERMS) {
			for (int i = 0; i < Math.max(5, (int) Math.round(41 * Math.min(1, density))); i++) {
				String party = orgId(pick(rng, PARTIES));
				String p = person(rng, party, "Regionsrådsmedlem");
				created.add(p);
				council.seats.add(new Seat(p, i == 0 ? "Regionsrådsformand" : "Regionsrådsmedlem", party, i == 0 ? "formand"
						: null, term[0], term[1]));
			}
		}
		var forums = new ArrayList<Forum>(List.of(council));
		Forum hovedMed = forum("forum:hovedmed-region-" + slug(region), "HovedMED, Region " + region, "med", regionId,
				"Regionsgården", 5, 6, false, List.of("arbejdsmiljø", "budget", "rekruttering", "psykisk arbejdsmiljø"));
		forums.add(hovedMed);
		for (String unit : List.of("Center for Regional Udvikling", "Koncern HR", "Psykiatrien", "Center for Sundhed")) {
			String unitId = organisation("org:region-" + slug(region) + "-" + slug(unit), unit, "forvaltning", List.of(),
					regionId);
			created.add(unitId);
			String director = person(rng, unitId, "Direktør");
			created.add(director);
			hovedMed.seats.add(new Seat(director, "Direktør", unitId, hovedMed.seats.isEmpty() ? "formand" : null, FIRST, LAST));
		}
		for (String union : List.of("dsr", "sl", "ds")) {
			String branch = "org:" + union + "-" + slug(region);
			String rep = person(rng, branch, "Fællestillidsrepræsentant");
			created.add(rep);
			hovedMed.seats.add(new Seat(rep, "Fællestillidsrepræsentant", branch, union.equals("dsr") ? "næstformand" : null,
					FIRST, LAST));
			defer(hovedMed.id, "PARTICIPATES_IN", branch, hovedMed.id, Map.of("role", "member"));
		}
		Forum kkr = forum("forum:kkr-" + slug(region), "KKR " + region, "council", "org:kl", "Virtuelt", 6, 6, true,
				List.of("kommunale samarbejder", "sundhedsaftalen", "erhvervsfremme", "uddannelse", "beskæftigelse"));
		forums.add(kkr);
		record Network(String name, String kind, String centre, String topic) {
		}
		var networks = List.of(new Network("Skoleledernetværket", "network", "Center for Skole", "skole"),
				new Network("Netværk for sundhedschefer", "network", "Center for Sundhed", "sundhed"),
				new Network("Partnerskab for grøn omstilling", "partnership", "Center for Natur og Miljø", "klima"),
				new Network("Beskæftigelsesnetværket", "network", "Jobcenter", "beskæftigelse"),
				new Network("Netværk for digitalisering", "network", "Digitalisering og IT", "digitalisering"));
		var networkForums = new ArrayList<Forum>();
		for (var n : networks) {
			Forum f = forum("forum:" + slug(n.name()) + "-" + slug(region), n.name() + ", Region " + region, n.kind(),
					regionId, "Virtuelt", 4, 5, false, List.of(n.topic(), "erfaringsudveksling", "fælles projekter",
							"kompetenceudvikling"));
			networkForums.add(f);
			forums.add(f);
			if (n.kind().equals("partnership")) {
				String iId = "initiative:" + slug(n.name()) + "-" + slug(region);
				var props = named(n.name() + ", Region " + region, List.of(), List.of());
				props.put("kind", "partnership");
				props.put("from", LocalDate.of(2022, 1, 1));
				props.put("to", LocalDate.of(2025, 12, 31));
				sink.node(iId, props);
				created.add(iId);
				f.initiatives.add(iId);
				defer(iId, "PARTICIPATES_IN", regionId, iId, Map.of("role", "initiator"));
			}
		}
		for (Municipality m : members) {
			for (int t = 0; t < TERMS.length && t < m.mayors.size(); t++) {
				kkr.seats.add(new Seat(m.mayors.get(t), "Borgmester", m.id, null, TERMS[t][0], TERMS[t][1]));
			}
			defer(kkr.id, "PARTICIPATES_IN", m.id, kkr.id, Map.of("role", "member"));
			for (int i = 0; i < networks.size(); i++) {
				String leader = m.centreLeaders.get(networks.get(i).centre());
				if (leader != null) {
					Forum f = networkForums.get(i);
					f.seats.add(new Seat(leader, "Centerchef", m.id, f.seats.isEmpty() ? "formand" : null, FIRST, LAST));
					defer(f.id, "PARTICIPATES_IN", m.id, f.id, Map.of("role", f.seats.size() == 1 ? "host" : "member"));
					f.guests.add(new String[] { m.staff.get(rng.nextInt(m.staff.size())), "Konsulent", m.id });
					if (!f.initiatives.isEmpty()) {
						defer(f.initiatives.get(0), "PARTICIPATES_IN", m.id, f.initiatives.get(0), Map.of("role", "member"));
					}
				}
			}
		}
		for (Forum f : forums) {
			f.seats.forEach(s -> f.standIns.add(s.person()));
			meetings(f, rng);
			created.add(f.id);
		}
		for (String node : created) {
			mention(node, council.firstReferat, 1, 3, true);
		}
		mention(regionId, council.firstReferat, 1, 3, true);
	}

	private void writeNationalNetworks(List<Municipality> all, SplittableRandom rng) {
		Forum dagtilbud = forum("forum:partnerskab-om-fremtidens-dagtilbud", "Partnerskab om fremtidens dagtilbud",
				"partnership", "org:kl", "KL-huset", 4, 6, false, List.of("normering", "rekruttering af pædagoger",
						"pædagogisk kvalitet", "uddannelse"));
		Forum digital = forum("forum:kommunernes-digitaliseringsnetvaerk", "Kommunernes digitaliseringsnetværk", "network",
				"org:kl", "Virtuelt", 4, 5, false, List.of("digitalisering", "informationssikkerhed", "kunstig intelligens",
						"fælles systemer"));
		String iId = "initiative:partnerskab-om-fremtidens-dagtilbud";
		var props = named("Partnerskab om fremtidens dagtilbud", List.of(), List.of());
		props.put("kind", "partnership");
		props.put("from", LocalDate.of(2022, 8, 1));
		props.put("to", LocalDate.of(2025, 6, 30));
		sink.node(iId, props);
		dagtilbud.initiatives.add(iId);
		for (String union : List.of("org:bupl", "org:foa")) {
			defer(dagtilbud.id, "PARTICIPATES_IN", union, dagtilbud.id, Map.of("role", "member"));
			defer(iId, "PARTICIPATES_IN", union, iId, Map.of("role", union.equals("org:bupl") ? "initiator" : "member"));
		}
		for (int i = 0; i < all.size(); i++) {
			Municipality m = all.get(i);
			if (i % 4 == 0) {
				String leader = m.centreLeaders.get("Center for Dagtilbud");
				dagtilbud.seats.add(new Seat(leader, "Centerchef", m.id, dagtilbud.seats.isEmpty() ? "formand" : null,
						LocalDate.of(2022, 8, 1), LocalDate.of(2025, 6, 30)));
				defer(dagtilbud.id, "PARTICIPATES_IN", m.id, dagtilbud.id, Map.of("role", "member"));
			}
			String it = m.centreLeaders.get("Digitalisering og IT");
			digital.seats.add(new Seat(it, "IT-chef", m.id, digital.seats.isEmpty() ? "formand" : null, FIRST, LAST));
			defer(digital.id, "PARTICIPATES_IN", m.id, digital.id, Map.of("role", "member"));
		}
		for (Forum f : List.of(dagtilbud, digital)) {
			f.seats.forEach(s -> f.standIns.add(s.person()));
			meetings(f, rng);
		}
		for (String node : List.of(iId, "org:kl")) {
			mention(node, dagtilbud.firstReferat, 1, 3, true);
		}
		for (String party : PARTIES) {
			mention(orgId(party), dagtilbud.firstReferat, 1, 3, true);
		}
		for (var union : Lexicon.UNIONS) {
			mention("org:" + union.slug(), digital.firstReferat, 1, 3, true);
			for (var r : Lexicon.REGIONS) {
				if (!union.perMunicipality()) {
					mention("org:" + union.slug() + "-" + slug(r.name()), digital.firstReferat, 1, 3, true);
				}
			}
		}
	}

	// ---- meetings: documents, attendance, agenda ----

	private void meetings(Forum f, SplittableRandom rng) {
		if (f.seats.isEmpty()) {
			return; // a regional network none of the generated municipalities is in
		}
		String forumKey = f.id.substring("forum:".length());
		LocalDate previous = null;
		for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
			int perYear = Math.max(1, (int) Math.round(f.perYear * Math.min(1.5, density)));
			for (int k = 0; k < perYear; k++) {
				// one meeting per slot of the year, never in July, on a weekday
				int month = 1 + (k * 11) / perYear;
				month = month >= 7 ? month + 1 : month;
				LocalDate date = LocalDate.of(year, month, 1 + rng.nextInt(26));
				if (previous != null && !date.isAfter(previous)) {
					date = previous.plusDays(1); // two slots in one month (scale > 1): one meeting a day at most
				}
				while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
					date = date.plusDays(1);
				}
				meeting(f, forumKey, date, rng);
				previous = date;
			}
		}
		// Each seat is sourced from the first minutes that list its holder; a seat that saw no meeting, from the first.
		for (Seat s : f.seats) {
			var props = new LinkedHashMap<String, Object>();
			props.put("role", s.role());
			props.put("onBehalfOf", s.onBehalfOf());
			props.put("from", s.from());
			props.put("to", s.to());
			if (s.office() != null) {
				props.put("office", s.office());
			}
			props.put("sources", List.of(f.firstReferat + "@6-" + (6 + f.seats.size())));
			sink.relationship("MEMBER_OF", s.person(), f.id, props);
		}
	}

	private void meeting(Forum f, String forumKey, LocalDate date, SplittableRandom rng) {
		String meetingId = "meeting:" + forumKey + "-" + date;
		String dayText = date.getDayOfMonth() + ". " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
		String caseNumber = date.getYear() + "-" + (10000 + rng.nextInt(89999));
		String referat = document(meetingId + "|referat", "Referat, " + f.name + " d. " + dayText, date, "referat", caseNumber);
		String dagsorden = f.agenda ? document(meetingId + "|dagsorden", "Dagsorden, " + f.name + " d. " + dayText,
				date.minusDays(7), "dagsorden", caseNumber) : null;
		if (f.firstReferat == null) {
			f.firstReferat = referat;
		}
		mention(f.id, referat, 1, 2, true);

		LocalTime start = LocalTime.of(List.of(9, 10, 13, 15, 16, 17).get(rng.nextInt(6)), rng.nextBoolean() ? 0 : 30);
		ZonedDateTime startsAt = ZonedDateTime.of(date, start, COPENHAGEN);
		var props = titled(f.name + " d. " + dayText);
		props.put("date", date);
		// stored with the offset, as the seed graph and the importer store them
		props.put("startsAt", startsAt.toOffsetDateTime().toZonedDateTime());
		props.put("endsAt", startsAt.plusHours(2).toOffsetDateTime().toZonedDateTime());
		props.put("location", rng.nextInt(100) < 12 ? "Virtuelt (Teams)" : f.location);
		sink.node(meetingId, props);
		sink.relationship("OF", meetingId, f.id, Map.of("primary", true, "sources", List.of(referat + "@1-2")));
		sourcedFrom(meetingId, referat, 1, 3);
		if (dagsorden != null) {
			sourcedFrom(meetingId, dagsorden, 1, 3);
		}

		// The participant list: present members, afbud, stand-ins for some of the absent, then guests.
		int line = 6;
		var absent = new ArrayList<Seat>();
		var present = new HashSet<String>();
		for (Seat s : f.seats) {
			if (date.isBefore(s.from()) || date.isAfter(s.to())) {
				continue;
			}
			boolean here = rng.nextInt(100) >= 12;
			attend(s.person(), meetingId, referat, line++, here ? "PRESENT" : "ABSENT", s.role(), s.onBehalfOf(), s.office(),
					null, null);
			if (here) {
				present.add(s.person());
			}
			else {
				absent.add(s);
			}
		}
		for (Seat s : absent) {
			if (rng.nextInt(100) < 50 && !f.standIns.isEmpty()) {
				String standIn = f.standIns.get(rng.nextInt(f.standIns.size()));
				if (!standIn.equals(s.person()) && present.add(standIn)) {
					attend(standIn, meetingId, referat, line++, "PRESENT", "Stedfortræder", s.onBehalfOf(), null,
							s.person(), null);
				}
			}
		}
		int items = Math.max(3, f.items - 2 + rng.nextInt(5));
		int itemsStart = line + 3;
		if (!f.guests.isEmpty() && rng.nextInt(100) < 60) {
			String[] guest = f.guests.get(rng.nextInt(f.guests.size()));
			int item = 2 + rng.nextInt(items - 2);
			if (present.add(guest[0])) {
				attend(guest[0], meetingId, referat, itemsStart + 10 * (item - 1) + 2, "GUEST", guest[1], guest[2], null,
						null, List.of(item));
			}
		}

		for (int n = 1; n <= items; n++) {
			String itemId = "item:" + forumKey + "-" + date + "-" + n;
			String title;
			String initiative = null;
			if (n == 1) {
				title = "Godkendelse af dagsorden";
			}
			else if (n == items) {
				title = "Eventuelt";
			}
			else if (n == 2) {
				title = "Meddelelser fra formanden";
			}
			else if (!f.initiatives.isEmpty() && rng.nextInt(100) < 35) {
				initiative = f.initiatives.get(rng.nextInt(f.initiatives.size()));
				title = "Behandling af forslag: " + initiative.substring(initiative.indexOf(':') + 1);
			}
			else {
				String topic = f.topics.get(rng.nextInt(f.topics.size()));
				title = pick(rng, List.of("Orientering om ", "Drøftelse af ", "Status på ", "Beslutning om ", "Høring om "))
						+ topic;
			}
			var item = new LinkedHashMap<String, Object>();
			item.put("number", n);
			item.put("order", n);
			item.put("title", title);
			item.put("decision", n == 1 ? "Godkendt." : pick(rng, Lexicon.DECISIONS));
			sink.node(itemId, item);
			sink.relationship("HAS_ITEM", meetingId, itemId, Map.of("sources", List.of(referat + "@" + (itemsStart + 10
					* (n - 1)) + "-" + (itemsStart + 10 * (n - 1)))));
			sourcedFrom(itemId, referat, itemsStart + 10 * (n - 1), itemsStart + 10 * (n - 1) + 9);
			if (dagsorden != null) {
				sourcedFrom(itemId, dagsorden, 4 + 6 * (n - 1), 4 + 6 * (n - 1) + 5);
			}
			if (initiative != null) {
				sink.relationship("CONCERNS", itemId, initiative, Map.of("sources", List.of(referat + "@" + (itemsStart + 10
						* (n - 1)) + "-" + (itemsStart + 10 * (n - 1) + 9))));
				mention(initiative, referat, itemsStart + 10 * (n - 1), itemsStart + 10 * (n - 1), true);
			}
		}
	}

	private void attend(String person, String meeting, String referat, int line, String status, String role,
			String onBehalfOf, String office, String substituteFor, List<Integer> agendaItems) {
		var props = new LinkedHashMap<String, Object>();
		props.put("status", status);
		props.put("role", role);
		props.put("onBehalfOf", onBehalfOf);
		if (office != null) {
			props.put("office", office);
		}
		if (substituteFor != null) {
			props.put("substituteFor", substituteFor);
		}
		if (agendaItems != null) {
			props.put("agendaItems", agendaItems);
		}
		props.put("sources", List.of(referat + "@" + line + "-" + line));
		sink.relationship("PARTICIPATED_IN", person, meeting, props);
		// A participant list is a principal mention: every listed person is sourced from it.
		mention(person, referat, line, line, false);
		sourcedFrom(person, referat, line, line);
	}

	private String document(String key, String title, LocalDate date, String kind, String caseNumber) {
		String hash = HexFormat.of().formatHex(sha256.digest((source + "|" + key).getBytes(StandardCharsets.UTF_8)));
		String id = "document:" + hash.substring(0, 16);
		var props = titled(title);
		props.put("date", date);
		props.put("kind", kind);
		props.put("caseNumbers", List.of("Sagsnummer: " + caseNumber));
		props.put("source", source);
		props.put("sha256", hash);
		sink.node(id, props);
		return id;
	}

	// ---- nodes and their first naming ----

	private String organisation(String id, String name, String kind, List<String> aliases, String partOf) {
		var props = named(name, aliases, List.of());
		props.put("kind", kind);
		sink.node(id, props);
		if (partOf != null) {
			defer(id, "PART_OF", id, partOf, Map.of());
		}
		return id;
	}

	private Forum forum(String id, String name, String kind, String host, String location, int perYear, int items,
			boolean agenda, List<String> topics) {
		var props = named(name, List.of(), List.of());
		props.put("kind", kind);
		sink.node(id, props);
		defer(id, "PARTICIPATES_IN", host, id, Map.of("role", "host"));
		return new Forum(id, name, location, perYear, items, agenda, topics);
	}

	private String person(SplittableRandom rng, String organisation, String title) {
		boolean female = rng.nextBoolean();
		String given = pick(rng, female ? Lexicon.FEMALE : Lexicon.MALE);
		String middle = rng.nextInt(100) < 35 ? pick(rng, Lexicon.MIDDLE) : null;
		String surname = pick(rng, Lexicon.SURNAMES);
		String name = given + (middle == null ? "" : " " + middle) + " " + surname;
		String base = slug(name);
		String id = "person:" + base + "-" + slugCounts.merge(base, 1, Integer::sum);
		var initials = new StringBuilder();
		for (String part : name.split(" ")) {
			initials.append(part.charAt(0));
		}
		var aliases = new ArrayList<String>(List.of(name));
		if (rng.nextInt(100) < 10) {
			aliases.add(given.charAt(0) + ". " + surname);
		}
		if (rng.nextInt(100) < 3 && name.matches(".*[øåæ].*")) {
			aliases.add(name.replace('ø', 'g').replace('å', 'a').replace("æ", "ae")); // as OCR reads it
		}
		var props = named(name, aliases, List.of(initials.toString()));
		props.put("initials", List.of(initials.toString()));
		sink.node(id, props);
		if (organisation != null) {
			defer(id, "AFFILIATED_WITH", id, organisation, Map.of("title", title));
		}
		return id;
	}

	/**
	 * Name, aliases (the name among them) and the search properties the app's search reads, written here so
	 * that no start-up refresh has to find them. {@code more} are initials or a code, searched but not aliases.
	 */
	private static LinkedHashMap<String, Object> named(String name, List<String> aliases, List<String> more) {
		var all = aliases.contains(name) ? aliases : concat(name, aliases);
		var names = new ArrayList<>(all);
		names.addAll(more);
		var props = new LinkedHashMap<String, Object>();
		props.put("name", name);
		props.put("aliases", List.copyOf(all));
		props.putAll(SearchText.properties(name, names));
		return props;
	}

	/** Meetings and documents have a title and no aliases. */
	private static LinkedHashMap<String, Object> titled(String title) {
		var props = new LinkedHashMap<String, Object>();
		props.put("title", title);
		props.putAll(SearchText.properties(title, List.of()));
		return props;
	}

	private void defer(String waitingOn, String type, String from, String to, Map<String, Object> properties) {
		waiting.computeIfAbsent(waitingOn, k -> new ArrayList<>()).add(new Deferred(type, from, to, properties));
	}

	/**
	 * The first naming of a node: its SOURCED_FROM (unless the caller writes one anyway) and the edges that
	 * waited for a source. Later namings of the same node are not recorded here.
	 */
	private void mention(String node, String document, int fromLine, int toLine, boolean sourced) {
		if (document == null || !mentioned.add(node)) {
			return;
		}
		if (sourced) {
			sourcedFrom(node, document, fromLine, toLine);
		}
		var edges = waiting.remove(node);
		if (edges != null) {
			for (Deferred d : edges) {
				var props = new LinkedHashMap<>(d.properties());
				props.put("sources", List.of(document + "@" + fromLine + "-" + toLine));
				sink.relationship(d.type(), d.from(), d.to(), props);
			}
		}
	}

	private void sourcedFrom(String node, String document, int fromLine, int toLine) {
		sink.relationship("SOURCED_FROM", node, document, Map.of("fromLine", fromLine, "toLine", toLine));
	}

	// ---- helpers ----

	private SplittableRandom random(int stream) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream);
	}

	private static String pick(SplittableRandom rng, List<String> list) {
		return list.get(rng.nextInt(list.size()));
	}

	private static List<String> concat(String first, List<String> rest) {
		var all = new ArrayList<String>(List.of(first));
		all.addAll(rest);
		return all;
	}

	private static String regionId(String region) {
		return "org:region-" + slug(region);
	}

	private static String orgId(String name) {
		return name.startsWith("org:") ? name : "org:" + slug(name);
	}

	/** The project's slugs: lower case, æ ø å spelt ae oe aa, anything else not a letter or digit a hyphen. */
	static String slug(String text) {
		String s = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}
}
