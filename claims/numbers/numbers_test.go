package numbers

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// describe renders a Number compactly: text|lo,hi|qualifier|~|unit|kind|noun.
func describe(n Number) string {
	approx := ""
	if n.Approx {
		approx = "~"
	}
	return fmt.Sprintf("%s|%s,%s|%s|%s|%s|%s|%s", n.Text, num(n.Lo), num(n.Hi), n.Qualifier, approx, n.Unit, n.Kind, n.Noun)
}

func num(v float64) string {
	if math.IsInf(v, 1) {
		return "inf"
	}
	return fmt.Sprintf("%.6g", v)
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"thousands separator and qualifier", "More than 1,000 people were evacuated.",
			[]string{"More than 1,000|1001,inf|more than|||count|person"}},
		{"at least", "at least 12 people were killed",
			[]string{"at least 12|12,inf|at least|||count|person"}},
		{"adjective before head", "two unmanned aircraft were lost",
			[]string{"two|2,2||||count|aircraft"}},
		{"compound noun", "three police officers were hurt",
			[]string{"three|3,3||||count|officer"}},
		{"of phrase", "Dozens of protesters gathered.",
			[]string{"Dozens|24,inf||~||count|protester"}},
		{"hundreds and thousands", "hundreds fled and thousands of homes burned",
			[]string{"hundreds|200,inf||~||count|", "thousands|2000,inf||~||count|home"}},
		{"tens of thousands", "Tens of thousands of people marched",
			[]string{"Tens of thousands|20000,inf||~||count|person"}},
		{"euro suffix", "a €110bn deal", []string{"€110bn|1.1e+11,1.1e+11|||EUR|money|deal"}},
		{"dollar billion", "paid $143 billion", []string{"$143 billion|1.43e+11,1.43e+11|||USD|money|"}},
		{"bare bn", "a 110bn programme", []string{"110bn|1.1e+11,1.1e+11||||count|programme"}},
		{"decimal million", "1.2 million people", []string{"1.2 million|1.2e+06,1.2e+06||||count|person"}},
		{"currency after", "5 million euros", []string{"5 million euros|5e+06,5e+06|||EUR|money|"}},
		{"currency code before", "USD 5 million", []string{"USD 5 million|5e+06,5e+06|||USD|money|"}},
		{"US dollar symbol", "US$5 million", []string{"US$5 million|5e+06,5e+06|||USD|money|"}},
		{"pound m", "a £5m grant", []string{"£5m|5e+06,5e+06|||GBP|money|grant"}},
		{"rupee crore", "Rs 5 crore", []string{"Rs 5 crore|5e+07,5e+07|||INR|money|"}},
		{"money range", "$5-$10 million", []string{"$5-$10 million|5e+06,1e+07|||USD|money|"}},
		{"magnitude hyphen", "a 7.1-magnitude earthquake struck",
			[]string{"7.1-magnitude|7.1,7.1|||magnitude|measure|earthquake"}},
		{"magnitude before", "a magnitude 7.1 quake", []string{"magnitude 7.1|7.1,7.1|||magnitude|measure|quake"}},
		{"km spaced and glued", "10 km north, 10km away", []string{"10 km|10,10|||km|measure|", "10km|10,10|||km|measure|"}},
		{"speed", "80 km/h winds and 30 mph gusts", []string{"80 km/h|80,80|||km/h|measure|wind", "30 mph|30,30|||mph|measure|gust"}},
		{"percent sign", "45% of voters", []string{"45%|45,45|||%|percent|voter"}},
		{"per cent", "fell 45 per cent", []string{"45 per cent|45,45|||%|percent|"}},
		{"percentage points", "0.4 percentage points", []string{"0.4 percentage points|0.4,0.4|||pp|percent|"}},
		{"degrees", "hit 40°C", []string{"40°C|40,40|||degrees|measure|"}},
		{"age", "a 25-year-old man", []string{"25-year-old|25,25|||age|measure|man"}},
		{"hyphenated words", "twenty-five soldiers", []string{"twenty-five|25,25||||count|soldier"}},
		{"hundred and", "two hundred and fifty villagers", []string{"two hundred and fifty|250,250||||count|villager"}},
		{"a hundred", "a hundred people", []string{"a hundred|100,100||||count|person"}},
		{"a dozen", "a dozen boats", []string{"a dozen|12,12||||count|boat"}},
		{"half a million", "half a million refugees", []string{"half a million|500000,500000||||count|refugee"}},
		{"a couple of", "a couple of journalists", []string{"a couple|2,2||~||count|journalist"}},
		{"a few", "a few reporters", []string{"a few|3,5||~||count|reporter"}},
		{"several", "several buildings", []string{"several|3,9||~||count|building"}},
		{"several hundred", "several hundred troops", []string{"several hundred|300,900||~||count|troop"}},
		{"article is not a number", "a drone was lost", nil},
		{"few alone is not a number", "few people came", nil},
		{"nearly", "nearly 100 homes", []string{"nearly 100|90,99|nearly|~||count|home"}},
		{"almost", "almost 4 million", []string{"almost 4 million|3.6e+06,4e+06|nearly|~||count|"}},
		{"about", "about 200 residents", []string{"about 200|180,220|about|~||count|resident"}},
		{"some", "some 300 families", []string{"some 300|270,330|about|~||count|family"}},
		{"an estimated", "an estimated 100 people", []string{"an estimated 100|90,110|about|~||count|person"}},
		{"up to", "up to 50 are missing", []string{"up to 50|0,50|up to|||count|"}},
		{"fewer than", "fewer than 30 officers", []string{"fewer than 30|0,29|fewer than|||count|officer"}},
		{"under", "under 18 players", []string{"under 18|0,17|fewer than|||count|player"}},
		{"no more than", "no more than 5 people", []string{"no more than 5|0,5|at most|||count|person"}},
		{"well over", "well over 300 people", []string{"well over 300|301,inf|more than|||count|person"}},
		{"or more", "10 or more vehicles", []string{"10 or more|10,inf|at least|||count|vehicle"}},
		{"plus", "50-plus people", []string{"50-plus|50,inf|at least|||count|person"}},
		{"between", "between 10 and 20 drones", []string{"between 10 and 20|10,20|between|||count|drone"}},
		{"to range", "10 to 20 drones", []string{"10 to 20|10,20||||count|drone"}},
		{"dash range", "10-20 drones", []string{"10-20|10,20||||count|drone"}},
		{"en dash range", "10–20 drones", []string{"10–20|10,20||||count|drone"}},
		{"or range", "two or three people", []string{"two or three|2,3||||count|person"}},
		{"scaled range", "1 to 2 million people", []string{"1 to 2 million|1e+06,2e+06||||count|person"}},
		{"change is not a range", "rose from 10 to 20", []string{"10|10,10||||count|", "20|20,20||||count|"}},
		{"votes", "52 votes to 48", []string{"52|52,52||||count|vote", "48|48,48||||count|"}},
		{"year alone", "in 2019 the economy", []string{"2019|2019,2019||||year|"}},
		{"year possessive", "2019's floods", []string{"2019|2019,2019||||year|"}},
		{"year before plural with context", "the 2019 elections", []string{"2019|2019,2019||||year|"}},
		{"count that looks like a year", "2000 people died", []string{"2000|2000,2000||||count|person"}},
		{"year span", "between 2010 and 2019", []string{"between 2010 and 2019|2010,2019|between|||year|"}},
		{"fiscal year", "the 2019-20 budget", []string{"2019-20|2019,2020||||year|"}},
		{"decade", "the 1990s", []string{"1990s|1990,1999||||year|"}},
		{"clock", "at 09:45 and 3pm and 9 a.m.", []string{"09:45|585,585||||time|", "3pm|900,900||||time|", "9 a.m.|540,540||||time|"}},
		{"day after month", "on November 24, 2019", []string{"2019|2019,2019||||year|"}},
		{"day before month", "on 24 November", nil},
		{"abbreviated month", "Nov. 24, 2019", []string{"2019|2019,2019||||year|"}},
		{"ordinal day", "the 24th of November", nil},
		{"day range", "3-5 March", nil},
		{"may the verb", "The ministry said on Friday that 5 may have died", []string{"5|5,5||||count|"}},
		{"ordinals", "the 3rd time and the first attack", []string{"3rd|3,3||||ordinal|time", "first|1,1||||ordinal|attack"}},
		{"score", "Liverpool won 3-1", []string{"3-1|1,3||||score|"}},
		{"score word", "a 1-2 defeat", []string{"1-2|1,2||||score|"}},
		{"identifiers", "The A320, G7, COVID-19 and F-16 jets", nil},
		{"glued identifier", "5G masts and 4x4 cars", nil},
		{"phone", "call +44 20 7946 0958 now", nil},
		{"dates and versions", "on 24/7 basis, v2.1.3, 2019-11-24", nil},
		{"labels", "Flight 370, Article 5, No. 10 and Resolution 2254", nil},
		{"address", "at 24 Harbour Road", nil},
		{"pronoun one", "No one was hurt; the one who left", nil},
		{"one of", "one of the soldiers", []string{"one|1,1||||count|soldier"}},
		{"ratio", "one in five adults", nil},
		{"verb after head", "12 people killed", []string{"12|12,12||||count|person"}},
		{"no noun", "12 killed", []string{"12|12,12||||count|"}},
		{"hyphen compound noun", "a 12,000-page report", []string{"12,000|12000,12000||||count|page"}},
		{"strong", "a 1,000-strong crowd", []string{"1,000-strong|1000,1000||||count|crowd"}},
		{"metres vs millions", "a 5m wall and 5m people", []string{"5m|5,5|||m|measure|wall", "5m|5e+06,5e+06||||count|person"}},
		{"singular ies", "40 casualties", []string{"40|40,40||||count|casualty"}},
		{"children", "five children", []string{"five|5,5||||count|child"}},
		{"rate noun before a percentage", "The turnout was 47.1 percent, which", []string{"47.1 percent|47.1,47.1|||%|percent|turnout"}},
		{"rate noun as a label", "Turnout: 41.7 %", []string{"41.7 %|41.7,41.7|||%|percent|turnout"}},
		{"no rate noun before a percentage", "The party was at 41.7 percent", []string{"41.7 percent|41.7,41.7|||%|percent|"}},
		{"bad grouping", "1,00 errors", nil},
		{"nbsp unit", "10\u00a0km", []string{"10\u00a0km|10,10|||km|measure|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, n := range Find(tt.in) {
				got = append(got, describe(n))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Find(%q)\n got: %q\nwant: %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFindGolden runs Find over a news-like article and compares every
// expression, with its span and noun, to testdata/article.golden.
func TestFindGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, n := range Find(string(text)) {
		fmt.Fprintf(&out, "%d-%d %s", n.Start, n.End, describe(n))
		if n.Noun != "" {
			fmt.Fprintf(&out, " @%d-%d", n.NounStart, n.NounEnd)
		}
		out.WriteByte('\n')
	}
	golden := filepath.Join("testdata", "article.golden")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("output differs from %s (run with -update to rewrite):\n%s", golden, out.String())
	}
}

// checkInvariants asserts the properties every result must have.
func checkInvariants(t *testing.T, text string, got []Number) {
	t.Helper()
	prevEnd := 0
	for _, n := range got {
		if n.Start < prevEnd || n.Start >= n.End || n.End > len(text) {
			t.Fatalf("bad span %d-%d (previous end %d, len %d) in %q", n.Start, n.End, prevEnd, len(text), text)
		}
		if n.Text != text[n.Start:n.End] {
			t.Fatalf("Text %q != text[%d:%d] %q", n.Text, n.Start, n.End, text[n.Start:n.End])
		}
		if !(n.Lo <= n.Hi) {
			t.Fatalf("Lo %v > Hi %v for %q", n.Lo, n.Hi, n.Text)
		}
		nounAfter := n.NounStart >= n.End
		nounBefore := n.Kind == KindPercent && n.NounEnd <= n.Start // "turnout was 41.7%"
		if n.Noun != "" && (!nounAfter && !nounBefore || n.NounEnd > len(text) || n.NounStart >= n.NounEnd) {
			t.Fatalf("bad noun span %d-%d for %q", n.NounStart, n.NounEnd, n.Text)
		}
		prevEnd = n.End
	}
}

func TestFindInvariantsOnArticle(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	for i := 0; i < len(s); i += 7 { // every suffix and prefix of the article
		checkInvariants(t, s[i:], Find(s[i:]))
		checkInvariants(t, s[:i], Find(s[:i]))
	}
}

func FuzzFind(f *testing.F) {
	for _, seed := range []string{
		"More than 1,000 people", "€110bn", "a 7.1-magnitude quake", "between 10 and 20",
		"at 09:45", "3-1", "Nov. 24, 2019", "twenty-five", "a couple of", "10–20",
		"$5-$10 million", "1,00", "999999999999999999999", "nearly 1", "fewer than 0",
		"+44 20 7946 0958", "2019-20", "40°C", "one in five", "\xe2\x80", "5 -", "a",
		"about 1e400", "1.", "1,", "10 to", "two hundred and", "half a", "0.5m",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Find(text))
	})
}

// BenchmarkFind measures Find on news-like text repeated to about 1 MB:
// "prose" has the density of figures of ordinary copy, "dense" is the
// figure-heavy disaster report of the golden test.
func BenchmarkFind(b *testing.B) {
	for _, name := range []string{"prose", "dense"} {
		file := map[string]string{"prose": "prose.txt", "dense": "article.txt"}[name]
		article, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			b.Fatal(err)
		}
		text := strings.Repeat(string(article)+"\n", 1<<20/len(article)+1)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				Find(text)
			}
		})
	}
}

// BenchmarkFindPerSentence calls Find once per sentence, as extraction
// does: most sentences hold no figure, so per-call costs show here.
func BenchmarkFindPerSentence(b *testing.B) {
	article, err := os.ReadFile(filepath.Join("testdata", "prose.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(article)+"\n", 1<<20/len(article)+1)
	var sents []string
	for s := range strings.SplitSeq(text, ". ") {
		sents = append(sents, s)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Find(s)
		}
	}
}

// endsAnyFold reports whether w ends with one of the lower-case suffixes,
// ignoring case, with at least three letters before it.
func endsAnyFold(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if len(w) > len(s)+2 && equalFoldASCII(w[len(w)-len(s):], s) {
			return true
		}
	}
	return false
}

// TestEndsEdLyIsEndsAnyFold: endsEdLy answers as the list of suffixes did
// for words of every length and case around the suffixes.
func TestEndsEdLyIsEndsAnyFold(t *testing.T) {
	for _, w := range []string{"", "ed", "ly", "red", "bed", "shed", "fled", "Ply", "only", "ONLY", "apply",
		"killed", "KILLED", "Wounded", "family", "Daily", "bodies", "people", "ing", "thing", "being",
		"fleeing", "FLEEING", "troops", "eD", "lY", "xxED", "xxLy", "sled's", "co-ed"} {
		if got, want := endsEdLy(w), endsAnyFold(w, "ed", "ly"); got != want {
			t.Errorf("endsEdLy(%q) = %v, want %v", w, got, want)
		}
		ing := len(w) > 5 && equalFoldASCII(w[len(w)-3:], "ing")
		if got, want := endsEdLy(w) || ing, endsAnyFold(w, "ed", "ing", "ly"); got != want {
			t.Errorf("ed, ing or ly of %q = %v, want %v", w, got, want)
		}
	}
}
