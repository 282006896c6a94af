// Synthetic corpus for the HTTP benchmark: N articles as JSON Lines, each line a POST /documents body.
//
//   java -cp "target/quarkus-app/lib/main/*" bench/Generate.java [--count N] [--seed S] [--out FILE]
//
// Article i depends only on (seed, i), so the first 1,000 lines of a 100,000-article corpus are the
// 1,000-article corpus: bench/run generates once and loads growing prefixes. Sentences are built from
// templates over the gazetteer and lexicon data files (src/main/resources), in phrasings the
// extractor reads (captures, control, attacks, deployments, tallies, with attribution, modality and
// dates) mixed with neutral filler. About 5% of articles republish an earlier one (new headline,
// publisher, a correction or boilerplate line) for near-duplicate detection.
//
// Next to FILE it writes the lists the wrk scripts rotate over, already URL-encoded, one per line:
// wrk-cities.txt (city names and spelling variants, for /cities/{name}/status), wrk-words.txt
// (/claims?q=) and wrk-questions.txt (/ask?q=).

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

public class Generate {

    record Place(String name, String province, List<String> aliases) {}
    record Country(String name, List<String> aliases, List<String> demonyms) {}
    record Article(String title, String publisher, String publishedAt, String url, String text) {}

    static final String RES = "src/main/resources/";

    static final String[] PUBLISHERS = {
        "Amu River Times", "Hindu Kush Herald", "Meridian Wire", "Silk Road Monitor", "Northgate News",
        "The Daily Caravan", "Crescent Report", "Summit Observer", "Atlas Newswire", "Bluefield Gazette",
        "Lantern Media", "Orbit News Agency", "Parallel Times", "Citadel Chronicle", "Westmark Tribune",
        "Keystone Dispatch", "Signal Point", "Fairview Journal", "Riverside Bulletin", "Eastbound Press"};

    // Deploying countries and why; troop counts are rounded like the news rounds them.
    static final String[] DEPLOYERS = {"United States", "United Kingdom", "Germany", "France", "Italy", "Canada",
        "Turkey", "Australia", "Netherlands", "Spain", "Norway", "Denmark", "Poland", "Japan", "South Korea"};
    static final String[] PURPOSES = {"to evacuate its nationals", "to help evacuate embassy staff",
        "to secure the airport", "to assist with visa applications", "to support the evacuation of diplomats",
        "to protect its embassy", "to help Afghan staff leave the country", "to assist its citizens in leaving"};
    static final int[] TROOPS = {150, 200, 250, 300, 400, 500, 600, 800, 1000, 1500, 2000, 3000, 5000};
    static final String[] TIMEFRAMES = {"within 48 hours", "in the coming days", "by the end of the week",
        "over the next few days", "on a temporary basis"};

    static final String[] SOURCES = {"officials said", "a local official said", "a provincial council member said",
        "residents said", "a security source told reporters", "a spokesman for the provincial governor said",
        "a local lawmaker said", "two officials told reporters", "a senior police officer said",
        "witnesses said", "a government official said on condition of anonymity"};
    static final String[] ACCORDING = {"according to local officials", "according to residents",
        "according to a provincial council member", "according to security sources",
        "according to the Afghan interior ministry", "according to a local lawmaker"};
    static final String[] INSURGENT = {"The Taliban", "Taliban fighters", "Taliban militants", "The insurgents",
        "The militants", "Insurgents", "The group"};
    static final String[] GOVT = {"Afghan forces", "Afghan security forces", "Government forces",
        "The Afghan army", "Afghan commandos", "Afghan troops"};
    static final String[] ORDINAL = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};

    static final String[] FILLER = {
        "Temperatures in %C climbed above 40 degrees Celsius this week, and residents said water was scarce in neighbourhoods where the municipal pumps had stopped working.",
        "Aid agencies warned that food stocks in %C would last only a few more weeks, and that the closure of the main highway had made new deliveries almost impossible.",
        "The United Nations refugee agency said about %N families had fled their homes in %P province since early July, many of them sleeping in the open or with relatives.",
        "Money changers in %C said the afghani had lost value against the dollar over the past week, pushing up the price of imported goods such as fuel and medicine.",
        "Shops in the main bazaar of %C reopened on %D, but traders said few customers came and that many of them were buying only flour, rice and cooking oil.",
        "Hospitals in %C reported a rise in the number of wounded civilians, a doctor said, adding that the main ward was short of blood, bandages and painkillers.",
        "Long queues formed outside banks in %C as people tried to withdraw their savings, and several branches closed early after running out of cash.",
        "Families who had fled the fighting were sheltering in schools, mosques and public parks, aid workers said, and the number of new arrivals grew every day.",
        "Flights from %C were suspended, and drivers described the road to the capital as dangerous, with checkpoints run by different groups along the way.",
        "The price of flour and cooking oil has nearly doubled in local markets, traders said, while wages for day labourers have fallen as building work stopped.",
        "A dust storm closed the main highway for several hours on %D, stranding hundreds of lorries and buses on the road south of %C.",
        "Mobile phone and internet services were cut in parts of %P province, making it hard to verify reports from the districts.",
        "The World Food Programme said it was trucking supplies into the region where roads were open, but that it needed more funding to reach everyone in need.",
        "Many residents said they were staying indoors and waiting to see what would happen next, and some had sent their children to stay with relatives.",
        "Teachers said schools in %C had been closed for most of the summer, and parents worried that girls would not be allowed to return when classes resumed.",
        "Electricity was intermittent across %C, and residents relied on generators when fuel was available, which it often was not.",
        "Peace talks between the two sides in Doha have made little progress since they began last year, and diplomats said the talks had all but stalled.",
        "The offensive began in May, when foreign forces started their final withdrawal after nearly two decades in the country.",
        "Human rights groups called on all sides to protect civilians and to allow humanitarian organisations safe access to the wounded.",
        "Several thousand people crossed into neighbouring countries in recent weeks, border officials said, and more were waiting at the crossings.",
        "Farmers around %C said the fighting had come at the worst time, with the harvest still in the fields and no way to get it to market.",
        "Local elders said they had tried to negotiate a ceasefire to spare the city further damage, but that neither side had agreed to stop.",
        "Prices for a seat on a minibus out of %C rose tenfold in a week, a driver said, and many families could not afford to leave.",
        "Doctors Without Borders said its staff in %C were treating patients around the clock and that the hospital was beyond its capacity."};

    static final String[] BOILERPLATE = {
        "This story has been updated with additional reporting.",
        "Reporting by staff correspondents; editing by the news desk.",
        "This article first appeared in an earlier edition.",
        "Additional reporting from our regional bureau."};

    final List<Place> cities = new ArrayList<>(), provinces = new ArrayList<>(), districts = new ArrayList<>();
    final List<Country> countries = new ArrayList<>();
    final long seed;

    Generate(long seed) throws IOException {
        this.seed = seed;
        // afghanistan.tsv: kind name province parent latitude longitude rank role aliases
        for (String line : Files.readAllLines(Path.of(RES + "gazetteer/afghanistan.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            List<String> aliases = f.length > 8 && !f[8].isBlank() ? Arrays.asList(f[8].split("\\|")) : List.of();
            Place p = new Place(f[1], f[2], aliases);
            switch (f[0]) {
                case "CITY" -> cities.add(p);
                case "PROVINCE" -> provinces.add(p);
                case "DISTRICT" -> districts.add(p);
                default -> { }
            }
        }
        // countries.tsv: name aliases demonyms metonyms
        for (String line : Files.readAllLines(Path.of(RES + "gazetteer/countries.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            countries.add(new Country(f[0], split(f, 1), split(f, 2)));
        }
        // descriptors.tsv: the generic words for an armed group, which the extraction resolves to
        // the group an article names (the Taliban, in these articles)
        for (String line : Files.readAllLines(Path.of(RES + "lexicon/descriptors.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f[0].equals("ARMED_GROUP")) insurgentWords.addAll(Arrays.asList(f[1].split("\\|")));
        }
        insurgentWords.retainAll(Set.of("insurgents", "militants", "rebels", "fighters", "the group"));
    }

    final List<String> insurgentWords = new ArrayList<>();

    static List<String> split(String[] f, int i) {
        return f.length > i && !f[i].isBlank() ? Arrays.asList(f[i].split("\\|")) : List.of();
    }

    Country country(String name) {
        return countries.stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
    }

    // ---- one article ----

    /** Per-article state: the random source, the dates, the cities already named. */
    final class Writer {
        final Random r;
        final LocalDate published;
        final List<String> sentences = new ArrayList<>();
        Place lead;

        Writer(long articleSeed) {
            r = new Random(articleSeed);
            published = LocalDate.of(2021, 7, 1).plusDays(r.nextInt(92)); // 1 Jul to 30 Sep
        }

        <T> T pick(T[] a) { return a[r.nextInt(a.length)]; }
        <T> T pick(List<T> a) { return a.get(r.nextInt(a.size())); }
        boolean chance(double p) { return r.nextDouble() < p; }

        /** Mostly the canonical name, sometimes a spelling variant (exercises the gazetteer). */
        String name(Place p) {
            return !p.aliases.isEmpty() && chance(0.2) ? pick(p.aliases) : p.name;
        }

        Place city() { return pick(cities); }

        /** "on Tuesday", "on 9 August", "late on Sunday", "overnight" — a day before publication. */
        String when() {
            LocalDate d = published.minusDays(1 + r.nextInt(5));
            return switch (r.nextInt(6)) {
                case 0, 1 -> "on " + weekday(d);
                case 2 -> "on " + d.getDayOfMonth() + " " + month(d);
                case 3 -> "late on " + weekday(d);
                case 4 -> "on " + weekday(d) + " night";
                default -> "overnight";
            };
        }

        String weekday(LocalDate d) { return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH); }
        String month(LocalDate d) { return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH); }

        String source() { return pick(SOURCES); }

        String insurgent() {
            return chance(0.3) ? "The " + pick(insurgentWords).replaceFirst("^the ", "") : pick(INSURGENT);
        }

        String lower(String s) { return Character.toLowerCase(s.charAt(0)) + s.substring(1); }

        void add(String s) { sentences.add(Character.toUpperCase(s.charAt(0)) + s.substring(1)); }

        // -- claim sentences --

        void capture(Place c) {
            String n = name(c), w = when();
            switch (r.nextInt(12)) {
                case 0 -> add(insurgent() + " captured " + n + " " + w + ", " + source() + ".");
                case 1 -> add(n + " fell to the Taliban " + w + ", " + pick(ACCORDING) + ".");
                case 2 -> add(n + " was seized by insurgents " + w + ".");
                case 3 -> add("Taliban fighters overran " + n + ", the capital of " + c.province + " province, " + w + ".");
                case 4 -> add("The Taliban took control of " + n + " after days of heavy fighting, " + source() + ".");
                case 5 -> add("The Afghan interior ministry confirmed the fall of " + n + " " + w + ".");
                case 6 -> add("The Taliban claimed to have captured " + n + " " + w + ".");
                case 7 -> add(insurgent() + " reportedly seized " + n + " " + w + ", though officials were unable to confirm it.");
                case 8 -> add(n + ", the capital of " + c.province + " province, was captured " + w + ", " + source() + ".");
                case 9 -> add("Officials denied that " + n + " had fallen, saying fighting continued on the outskirts.");
                case 10 -> add("The capture of " + n + " " + w + " gives the Taliban control of another provincial capital.");
                default -> add("The Taliban said they had taken " + n + " " + w + ".");
            }
        }

        void control(Place c) {
            String n = name(c);
            switch (r.nextInt(7)) {
                case 0 -> add("The Taliban control " + n + ", " + source() + ".");
                case 1 -> add(pick(GOVT) + " retook " + n + " " + when() + ", the Afghan defence ministry said.");
                case 2 -> add(n + " remains in government hands, " + pick(ACCORDING) + ".");
                case 3 -> add(pick(GOVT) + " still hold " + n + "'s airport, " + source() + ".");
                case 4 -> add("The Afghan government still holds " + n + ", " + source() + ".");
                case 5 -> add(n + " is now in the hands of the Taliban, " + source() + ".");
                default -> add(pick(GOVT) + " were still in control of the airport in " + n + ".");
            }
        }

        void attack(Place c) {
            String n = name(c);
            switch (r.nextInt(5)) {
                case 0 -> add("Insurgents attacked " + n + " " + when() + ", " + source() + ".");
                case 1 -> add(n + " has been under siege for more than a week.");
                case 2 -> add("The Taliban besieged " + n + " and cut the main road to the city.");
                case 3 -> add(insurgent() + " launched an assault on " + n + " " + when() + ".");
                default -> add("Fighters surrounded " + n + ", and residents said they could hear gunfire.");
            }
        }

        void forecast(Place c) {
            String n = name(c);
            switch (r.nextInt(4)) {
                case 0 -> add(n + " could fall within weeks, US intelligence officials warned.");
                case 1 -> add(n + " is expected to fall in the coming days, analysts said.");
                case 2 -> add("Officials fear " + n + " may fall to the Taliban within 30 days.");
                default -> add("The militants could isolate " + n + " in a matter of weeks, a military assessment said.");
            }
        }

        void deployment() {
            Country c = country(pick(DEPLOYERS));
            String who = c.name.equals("United States") ? pick(new String[] {"The US", "The United States", "Washington", "The Pentagon"})
                : c.name.equals("United Kingdom") ? pick(new String[] {"Britain", "The UK", "London"})
                : c.name;
            String demonym = c.demonyms.isEmpty() ? c.name : c.demonyms.get(0);
            int n = pick(Arrays.stream(TROOPS).boxed().toList());
            String num = String.format(Locale.US, "%,d", n);
            String dest = chance(0.7) ? "Kabul" : "Hamid Karzai International Airport";
            switch (r.nextInt(6)) {
                case 0 -> add(who + " will send " + num + " troops to " + dest + " " + pick(PURPOSES) + ", officials said.");
                case 1 -> add(who + " is deploying " + num + " soldiers " + pick(PURPOSES) + ".");
                case 2 -> add(num + " " + demonym + " troops would be deployed to " + dest + " " + pick(TIMEFRAMES) + ", the defence ministry said.");
                case 3 -> add(who + " said it would send " + num + " troops to Kabul " + pick(PURPOSES) + ".");
                case 4 -> add(who + " has sent " + num + " troops to " + dest + " " + pick(PURPOSES) + ", according to a government statement.");
                default -> add(who + " is sending an extra " + num + " soldiers to Kabul " + pick(TIMEFRAMES) + ".");
            }
        }

        void tally() {
            int k = 3 + r.nextInt(18);
            switch (r.nextInt(4)) {
                case 0 -> add("The Taliban have taken " + k + " of 34 provincial capitals, " + source() + ".");
                case 1 -> add("The militants now control at least " + k + " of the country's 34 provincial capitals.");
                case 2 -> add("It is the " + ORDINAL[k] + " of Afghanistan's 34 provincial capitals to fall to the insurgents.");
                default -> add("Insurgents have captured about " + k + " of the 34 provincial capitals since 6 August, " + pick(ACCORDING) + ".");
            }
        }

        void placeFact(Place c) {
            String n = name(c);
            switch (r.nextInt(3)) {
                case 0 -> add(n + ", the capital of " + c.province + " province, is home to tens of thousands of people.");
                case 1 -> add(n + " lies in the province of " + c.province + " and sits on a major trade route.");
                default -> add("Fighting was also reported in " + name(pick(districts)) + " district, near " + n + ".");
            }
        }

        String filler(String template) {
            return template.replace("%C", name(lead)).replace("%P", lead.province)
                .replace("%N", String.valueOf(1000 + r.nextInt(20) * 500))
                .replace("%D", weekday(published.minusDays(1 + r.nextInt(4))));
        }

        Article write(long i) {
            lead = city();
            capture(lead);
            // about half claims, the rest filler, in a shuffled order
            int more = 10 + r.nextInt(6); // 11 to 16 sentences in all
            List<String> fillers = new ArrayList<>(Arrays.asList(FILLER));
            java.util.Collections.shuffle(fillers, r);
            List<Runnable> claims = List.of(
                () -> capture(city()), () -> capture(city()), () -> control(city()), () -> attack(city()),
                () -> forecast(city()), this::deployment, this::deployment, this::tally, () -> placeFact(lead));
            for (int k = 0; k < more; k++) {
                if (chance(0.5)) pick(claims).run();
                else add(filler(fillers.remove(fillers.size() - 1)));
            }
            // paragraphs of 2 to 3 sentences, as articles come
            StringBuilder text = new StringBuilder();
            int nextBreak = 2;
            for (int k = 0; k < sentences.size(); k++) {
                if (k > 0) text.append(k == nextBreak ? "\n\n" : " ");
                if (k == nextBreak) nextBreak += 2 + r.nextInt(2);
                text.append(sentences.get(k));
            }
            String publisher = pick(PUBLISHERS);
            String title = pick(new String[] {"Taliban capture %s as offensive widens", "Fighting reaches %s",
                "%s: what we know", "Residents flee as Taliban close in on %s", "Afghan forces under pressure near %s",
                "Offensive rolls on after fall of %s"}).formatted(lead.name);
            return new Article(title, publisher, publishedAt(), url(publisher, i), text.toString());
        }

        String publishedAt() {
            return chance(0.5) ? published.toString()
                : published + "T" + String.format("%02d:%02d:00Z", r.nextInt(24), r.nextInt(60));
        }
    }

    static String url(String publisher, long i) {
        return "https://" + publisher.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example/afghanistan/" + i;
    }

    /** Article i: its own, or (about 5%) a republication of an earlier one. */
    Article article(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        if (i > 0 && r.nextDouble() < 0.05) {
            Article base = article(Math.max(0, i - 1 - r.nextInt((int) Math.min(i, 500))));
            String publisher = PUBLISHERS[r.nextInt(PUBLISHERS.length)];
            String text = switch (r.nextInt(3)) {
                case 0 -> "Correction: an earlier version of this article misstated the date of the fighting.\n\n" + base.text;
                case 1 -> base.text + "\n\n" + BOILERPLATE[r.nextInt(BOILERPLATE.length)];
                default -> base.text; // the exact text again: the service answers 200 "duplicate"
            };
            String title = base.title.startsWith("UPDATE: ") ? base.title : "UPDATE: " + base.title;
            return new Article(title, publisher, base.publishedAt, url(publisher, i), text);
        }
        return new Writer(r.nextLong()).write(i);
    }

    // ---- the wrk rotation lists ----

    void writeLists(Path dir) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (Place c : cities) {
            names.add(c.name);
            names.add(c.name.toLowerCase(Locale.ROOT));
            names.addAll(c.aliases);
        }
        names.addAll(List.of("Kandahr", "Herat ", "Mazar", "Qala-e-Naw", "Lashkargah")); // misspelled, padded
        Files.write(dir.resolve("wrk-cities.txt"), names.stream().map(Generate::path).toList());

        List<String> words = new ArrayList<>(List.of("captured", "troops", "fell", "siege", "airport", "evacuate",
            "Taliban", "provincial capitals", "deployed", "seized", "government hands", "confirmed"));
        for (int k = 0; k < 12; k++) words.add(cities.get(k).name);
        Files.write(dir.resolve("wrk-words.txt"), words.stream().map(Generate::query).toList());

        List<String> qs = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            String c = cities.get(k).name;
            qs.add("Who controls " + c + "?");
            qs.add("Has " + c + " fallen?");
            qs.add("When did " + c + " fall?");
            qs.add("Where do reports disagree about " + c + "?");
        }
        for (String c : List.of("the US", "the UK", "Germany", "Turkey", "Canada")) {
            qs.add("How many troops is " + c + " sending?");
            qs.add("Where is " + c + " sending troops?");
            qs.add("Why is " + c + " sending troops?");
        }
        qs.addAll(List.of("How many provincial capitals has the Taliban captured?",
            "Which cities has the Taliban captured?", "Which cities does the government still hold?"));
        Files.write(dir.resolve("wrk-questions.txt"), qs.stream().map(Generate::query).toList());
    }

    static String query(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
    static String path(String s) { return query(s).replace("+", "%20"); }

    public static void main(String[] args) throws IOException {
        long count = 1000, seed = 42;
        Path out = Path.of("target/bench/corpus.jsonl");
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--count" -> count = Long.parseLong(args[++k]);
                case "--seed" -> seed = Long.parseLong(args[++k]);
                case "--out" -> out = Path.of(args[++k]);
                default -> throw new IllegalArgumentException("usage: Generate [--count N] [--seed S] [--out FILE]");
            }
        }
        Generate g = new Generate(seed);
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        long bytes = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (long i = 0; i < count; i++) {
                Article a = g.article(i);
                ObjectNode o = json.createObjectNode().put("text", a.text).put("title", a.title)
                    .put("publisher", a.publisher).put("publishedAt", a.publishedAt).put("url", a.url);
                String line = json.writeValueAsString(o); // one line: Jackson escapes the newlines in text
                w.write(line);
                w.newLine();
                bytes += a.text.length();
            }
        }
        g.writeLists(dir);
        System.out.printf("wrote %d articles (%.1f KB text on average) to %s%n", count, bytes / 1024.0 / Math.max(1, count), out);
    }
}
