package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Paragraphs written for these tests, in the register of news reports.
const (
	englishNews = `The earthquake struck shortly after dawn on Tuesday, and by the evening
officials said that at least 42 people had been killed and more than 300 injured. Rescue teams
were still searching the rubble of two schools in the old town, where most of the victims lived,
according to the regional governor. "We will not stop until every building has been checked,"
he told reporters at the scene.`

	spanishNews = `El terremoto se produjo poco después del amanecer del martes y, según las
autoridades, al menos 42 personas murieron y más de 300 resultaron heridas. Los equipos de rescate
seguían buscando entre los escombros de dos escuelas del casco antiguo, donde vivían la mayoría
de las víctimas, según el gobernador de la región. "No vamos a parar hasta que se revise cada
edificio", dijo a los periodistas.`

	germanNews = `Das Erdbeben ereignete sich kurz nach Sonnenaufgang am Dienstag, und bis zum
Abend wurden nach Angaben der Behörden mindestens 42 Menschen getötet und mehr als 300 verletzt.
Die Rettungskräfte suchten noch in den Trümmern von zwei Schulen in der Altstadt, wo die meisten
der Opfer lebten, sagte der Gouverneur der Region. „Wir werden nicht aufhören, bis jedes Gebäude
überprüft ist“, sagte er vor Ort.`

	frenchNews = `Le séisme s'est produit peu après l'aube mardi et, selon les autorités, au moins
42 personnes ont été tuées et plus de 300 blessées. Les secouristes fouillaient encore les
décombres de deux écoles de la vieille ville, où vivaient la plupart des victimes, a indiqué le
gouverneur de la région. « Nous ne nous arrêterons pas tant que chaque bâtiment n'aura pas été
vérifié », a-t-il déclaré aux journalistes sur place.`

	indonesianNews = `Gempa bumi terjadi tidak lama setelah fajar pada hari Selasa, dan hingga malam
hari pihak berwenang mengatakan bahwa sedikitnya 42 orang tewas dan lebih dari 300 orang terluka.
Tim penyelamat masih mencari di antara reruntuhan dua sekolah di kota tua, tempat sebagian besar
korban tinggal, menurut gubernur provinsi tersebut. "Kami tidak akan berhenti sampai setiap
bangunan diperiksa," katanya kepada para wartawan di lokasi.`

	italianNews = `Il terremoto è avvenuto poco dopo l'alba di martedì e, secondo le autorità, almeno
42 persone sono morte e più di 300 sono rimaste ferite. Le squadre di soccorso stavano ancora
cercando tra le macerie di due scuole del centro storico, dove viveva la maggior parte delle
vittime, ha detto il governatore della regione ai giornalisti.`

	dutchNews = `De aardbeving vond plaats kort na zonsopgang op dinsdag en volgens de autoriteiten
zijn er ten minste 42 mensen omgekomen en meer dan 300 gewond geraakt. Reddingsteams zochten nog
in het puin van twee scholen in de oude stad, waar de meeste slachtoffers woonden, zei de
gouverneur van de regio tegen verslaggevers.`

	russianNews = `Землетрясение произошло вскоре после рассвета во вторник, и к вечеру, по данным
властей, погибли по меньшей мере 42 человека, более 300 получили ранения. Спасатели продолжали
поиски под завалами двух школ в старом городе.`

	// englishWithNames is English dense with foreign names, particles and
	// places: "de", "la", "van", "der", "al", "y" must not tip it over.
	englishWithNames = `Juan Carlos de la Vega and María José del Río met Jean-Pierre van der Berg
and Abdullah al-Hassan in São Paulo on Monday. Le Monde and El País reported that the talks, held
at the Palacio de la Moneda, ended without a deal. Van der Berg said the delegation from
Düsseldorf would return to Santa Cruz de la Sierra in June, while Ngozi Okonjo-Iweala, Nguyễn
Văn An and Zhou Enlai's grandson were expected to join them.`

	// englishWithQuote quotes a Spanish sentence inside an English report.
	englishWithQuote = `The mayor of the town, speaking to reporters outside the town hall on
Wednesday evening, said that the bridge had been inspected only last year. "No sabemos todavía
cuántas personas estaban en el puente," she said, which means that the authorities do not yet
know how many people were on the bridge when it fell. She added that a full inquiry would be
opened as soon as the rescue was over and that the families would be kept informed.`

	// englishTable is English page text that is not prose: few function
	// words, yet no other language's either.
	englishTable = `Results by district: Northfield 12,431 votes, turnout 61 percent; Eastbrook
9,872 votes, turnout 58 percent; Riverside 15,006 votes, turnout 64 percent; Hillcrest 7,310
votes, turnout 55 percent; Westgate 11,245 votes, turnout 60 percent.`
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		wantEnglish bool
		wantLang    string
	}{
		{"english news", englishNews, true, "English"},
		{"spanish", spanishNews, false, "Spanish"},
		{"german", germanNews, false, "German"},
		{"french", frenchNews, false, "French"},
		{"indonesian", indonesianNews, false, "Indonesian or Malay"},
		{"italian", italianNews, false, "Italian"},
		{"dutch", dutchNews, false, "Dutch"},
		{"russian", russianNews, false, "Cyrillic script"},
		{"english with foreign names", englishWithNames, true, "English"},
		{"english quoting spanish", englishWithQuote, true, "English"},
		{"english results table", englishTable, true, ""},
		{"long english results table", strings.Repeat(englishTable+"\n", 6), true, ""},
		{"long text in an unlisted language", strings.Repeat("Maanjäristys tapahtui pian aamunkoiton jälkeen tiistaina, ja viranomaisten mukaan ainakin 42 ihmistä kuoli. ", 12), false, "an unknown language"},
		{"empty", "", true, ""},
		{"one word", "Madrid", true, ""},
		{"short spanish headline", "Terremoto en el sur: al menos 42 muertos", true, ""},
		{"short german headline", "Erdbeben in der Türkei: mindestens 42 Tote", true, ""},
		{"digits only", strings.Repeat("1234567890 ", 500), true, ""},
		{"punctuation only", strings.Repeat("—«»…!? ", 200), true, ""},
		{"short cyrillic name in english", "The minister, Сергей Иванов, arrived on Monday.", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Detect(tt.text)
			if g.English != tt.wantEnglish {
				t.Errorf("English = %v (%+v), want %v", g.English, g, tt.wantEnglish)
			}
			if tt.wantLang != "" && g.Language != tt.wantLang {
				t.Errorf("Language = %q (%+v), want %q", g.Language, g, tt.wantLang)
			}
			if g.Confidence < 0 || g.Confidence > 1 {
				t.Errorf("Confidence %v outside [0, 1]", g.Confidence)
			}
			ok, conf := IsEnglish(tt.text)
			if ok != g.English || conf != g.Confidence {
				t.Errorf("IsEnglish = %v, %v; Detect says %v, %v", ok, conf, g.English, g.Confidence)
			}
		})
	}
}

// Too short to tell means English with no confidence, not a guess.
func TestTooShortHasNoConfidence(t *testing.T) {
	for _, text := range []string{"", "Madrid", "Le Monde", "Terremoto en el sur: al menos 42 muertos"} {
		if ok, conf := IsEnglish(text); !ok || conf != 0 {
			t.Errorf("IsEnglish(%q) = %v, %v; want true, 0", text, ok, conf)
		}
	}
}

// A clear English paragraph is English with high confidence, and a clear
// foreign one is not English with high confidence.
func TestConfidenceOfClearCases(t *testing.T) {
	long := strings.Repeat(englishNews+"\n", 3)
	if ok, conf := IsEnglish(long); !ok || conf < 0.6 {
		t.Errorf("English news: %v, %v; want true with confidence ≥ 0.6", ok, conf)
	}
	if ok, conf := IsEnglish(strings.Repeat(spanishNews+"\n", 3)); ok || conf < 0.6 {
		t.Errorf("Spanish news: %v, %v; want false with confidence ≥ 0.6", ok, conf)
	}
}

// The lists are what the doc comments say they are.
func TestFunctionWordLists(t *testing.T) {
	if n := len(englishFunctionWords); n != 100 {
		t.Errorf("%d English function words, want 100", n)
	}
	for l := english; l < numLanguages; l++ {
		words := englishFunctionWords
		if l != english {
			words = foreignFunctionWords[l]
		}
		if len(words) < 30 {
			t.Errorf("%s: only %d function words", languageNames[l], len(words))
		}
		seen := map[string]bool{}
		for _, w := range words {
			if seen[w] {
				t.Errorf("%s: %q twice", languageNames[l], w)
			}
			seen[w] = true
			if w != strings.ToLower(w) || len(w) > maxWordBytes || strings.ContainsAny(w, " '-") {
				t.Errorf("%s: %q is not a lower-case word of at most %d bytes", languageNames[l], w, maxWordBytes)
			}
		}
	}
}

// Every article shipped in fixtures/ and every seed article is English,
// translated ones included: a skipped real article is a lost source.
func TestProjectArticlesAreEnglish(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"../../fixtures/*/*.txt", "../../fixtures/*/*.md", "../../../shared/seeds/*.txt", "../../../shared/seeds/*/*.txt"} {
		m, _ := filepath.Glob(pattern)
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Skip("no fixture or seed articles found")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		g := Detect(string(data))
		if !g.English {
			t.Errorf("%s: not English (%+v)", p, g)
		}
		if g.Words >= 100 && g.EnglishShare < 0.2 {
			t.Logf("%s: English share only %.2f", p, g.EnglishShare)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat(englishNews+"\n"+englishWithNames+"\n", 2000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}

func BenchmarkDetectNonLatin(b *testing.B) {
	text := strings.Repeat(russianNews+"\n", 2000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}

// FuzzDetect: any input, valid UTF-8 or not, gives a consistent Guess.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{englishNews, spanishNews, russianNews, "", "l'", "\xff\xfe", "a\u0301b", strings.Repeat("x", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		g := Detect(text)
		if g.Confidence < 0 || g.Confidence > 1 || g.Confidence != g.Confidence {
			t.Fatalf("Confidence %v", g.Confidence)
		}
		if g.EnglishShare < 0 || g.EnglishShare > 1 {
			t.Fatalf("EnglishShare %v", g.EnglishShare)
		}
		if g.Words < 0 || g.Words > utf8.RuneCountInString(text) {
			t.Fatalf("%d words in %d runes", g.Words, utf8.RuneCountInString(text))
		}
		if !g.English && g.Language == "" {
			t.Fatalf("not English but no language named: %+v", g)
		}
		if g.Words < minWords && g.English != true && g.Language != "" && !strings.HasSuffix(g.Language, "script") && !strings.Contains(g.Language, "(") {
			t.Fatalf("a text of %d words was called %s", g.Words, g.Language)
		}
	})
}
