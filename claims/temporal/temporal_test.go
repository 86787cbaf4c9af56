package temporal

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// describe writes one expression compactly: Text=TYPE:value@anchor and flags.
func describe(e Expr) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s=%s:%s@%s", e.Text, e.Type, e.Value, e.Anchor)
	if len(e.Readings) > 0 {
		fmt.Fprintf(&b, " or%v", e.Readings)
	}
	if e.Gran != "" {
		b.WriteString(" gran:" + e.Gran)
	}
	if e.Part != "" {
		b.WriteString(" part:" + e.Part)
	}
	if e.HasWeekday {
		b.WriteString(" wd:" + e.Weekday.String()[:3])
	}
	if e.WeekdayMismatch {
		b.WriteString(" MISMATCH")
	}
	if e.Quoted {
		b.WriteString(" quoted")
	}
	return b.String()
}

func describeAll(es []Expr) string {
	var parts []string
	for _, e := range es {
		parts = append(parts, describe(e))
	}
	return strings.Join(parts, " | ")
}

var (
	sun24 = date(2019, 11, 24) // a Sunday
	mon25 = date(2019, 11, 25)
)

type findCase struct {
	name string
	text string
	pub  time.Time
	want string
}

func runCases(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := describeAll(Find(c.text, Context{Published: c.pub}))
			if got != c.want {
				t.Errorf("Find(%q)\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

func TestWeekdays(t *testing.T) {
	runCases(t, []findCase{
		{"before publication", "The leaders met on Thursday.", sun24,
			"Thursday=DATE:2019-11-21@publication gran:day wd:Thu"},
		{"on the publication weekday", "The talks were held on Sunday.", sun24,
			"Sunday=DATE:2019-11-24@publication or[2019-11-17] gran:day wd:Sun"},
		{"future sentence", "The leaders will meet on Thursday.", sun24,
			"Thursday=DATE:2019-11-28@publication gran:day wd:Thu"},
		{"last and next", "They met last Friday and will meet again next Friday.", sun24,
			"last Friday=DATE:2019-11-22@publication gran:day wd:Fri | next Friday=DATE:2019-11-29@publication gran:day wd:Fri"},
		{"possessive", "Monday's talks ended without a deal.", mon25,
			"Monday=DATE:2019-11-25@publication or[2019-11-18] gran:day wd:Mon"},
		{"early and day part", "The quake struck early Tuesday and aftershocks followed Tuesday morning.", sun24,
			"early Tuesday=DATE:2019-11-19@publication gran:day part:early wd:Tue | Tuesday morning=TIME:2019-11-19TMO@publication gran:day part:morning wd:Tue"},
		{"undated", "They met on Monday.", time.Time{},
			"Monday=DATE:XXXX-WXX-1@none gran:day wd:Mon"},
		{"weekday with date", "The vote was held on Sunday, November 24, 2019.", time.Time{},
			"Sunday, November 24, 2019=DATE:2019-11-24@none gran:day wd:Sun"},
		{"weekday mismatching date", "The vote was held on Monday, November 24, 2019.", time.Time{},
			"Monday, November 24, 2019=DATE:2019-11-24@none gran:day wd:Mon MISMATCH"},
		{"bracketed weekday after date", "Talks opened on November 24 (Sunday).", sun24,
			"November 24 (Sunday)=DATE:2019-11-24@publication gran:day wd:Sun"},
		{"bracketed date after weekday, mismatch", "Talks opened on Sunday (Nov. 23).", sun24,
			"Sunday (Nov. 23)=DATE:2019-11-23@publication gran:day wd:Sun MISMATCH"},
	})
}

func TestAbsoluteDates(t *testing.T) {
	runCases(t, []findCase{
		{"month day year", "It opened on Nov. 24, 2019 in the capital.", time.Time{},
			"Nov. 24, 2019=DATE:2019-11-24@none gran:day"},
		{"day month year", "It opened on 24 November 2019.", time.Time{},
			"24 November 2019=DATE:2019-11-24@none gran:day"},
		{"iso", "Filed 2019-11-24.", time.Time{}, "2019-11-24=DATE:2019-11-24@none gran:day"},
		{"us order", "Filed 11/24/2019.", time.Time{}, "11/24/2019=DATE:2019-11-24@none gran:day"},
		{"day first when only that is a date", "Filed 24/11/2019.", time.Time{}, "24/11/2019=DATE:2019-11-24@none gran:day"},
		{"a weekday before settles the order", "It erupted on Monday (10/2/2025).", time.Time{}, "Monday (10/2/2025)=DATE:2025-02-10@none gran:day wd:Mon"},
		{"month first when the weekday fits it", "It erupted on Thursday (10/2/2025).", time.Time{}, "Thursday (10/2/2025)=DATE:2025-10-02@none gran:day wd:Thu"},
		{"month first without a weekday", "Filed 10/2/2025.", time.Time{}, "10/2/2025=DATE:2025-10-02@none gran:day"},
		{"month year", "Elections were held in November 2019.", time.Time{},
			"November 2019=DATE:2019-11@none gran:month"},
		{"bare year", "The dam was built in 2011.", sun24, "2011=DATE:2011@none gran:year"},
		{"decade", "Prices rose in the 1990s.", sun24, "the 1990s=DATE:199@none gran:decade"},
		{"year as adjective", "The 1995 shooting and its 1988 recapitalization, but its 1200 employees.", sun24,
			"1995=DATE:1995@none gran:year | 1988=DATE:1988@none gran:year"},
		{"mid year", "Prices peaked in mid-1996.", sun24, "mid-1996=DATE:1996@none gran:year part:mid"},
		{"month day, past", "The vote was held on November 20.", sun24,
			"November 20=DATE:2019-11-20@publication gran:day"},
		{"month day, future across the year", "The vote will be held on January 10.", date(2019, 12, 20),
			"January 10=DATE:2020-01-10@publication gran:day"},
		{"month across the year, past", "The attack happened in December.", date(2020, 1, 3),
			"December=DATE:2019-12@publication gran:month"},
		{"month day undated", "It happened on November 24.", time.Time{},
			"November 24=DATE:XXXX-11-24@none gran:day"},
		{"month last year", "Talks collapsed in June last year.", sun24,
			"June last year=DATE:2018-06@publication gran:month"},
		{"mid month", "Talks resume in mid-December.", sun24,
			"mid-December=DATE:2019-12@publication gran:month part:mid"},
	})
}

func TestRelative(t *testing.T) {
	runCases(t, []findCase{
		{"yesterday today tomorrow", "Yesterday they talked, today they rest and tomorrow they vote.", sun24,
			"Yesterday=DATE:2019-11-23@publication gran:day | today=DATE:2019-11-24@publication gran:day | tomorrow=DATE:2019-11-25@publication gran:day"},
		{"last week is a week", "The ministers met last week.", mon25,
			"last week=DATE:2019-W47@publication gran:week"},
		{"this year, last month", "Exports fell last month and this year.", sun24,
			"last month=DATE:2019-10@publication gran:month | this year=DATE:2019@publication gran:year"},
		{"earlier this month", "Earlier this month the bank cut rates.", sun24,
			"Earlier this month=DATE:2019-11@publication gran:month"},
		{"ago", "The deal was signed two days ago, three weeks ago talks began.", sun24,
			"two days ago=DATE:2019-11-22@publication gran:day | three weeks ago=DATE:2019-W44@publication gran:week"},
		{"vague past", "A few days ago prices rose, and recently they fell; now they are flat.", sun24,
			"A few days ago=DATE:PAST_REF@none | recently=DATE:PAST_REF@none | now=DATE:PRESENT_REF@none"},
		{"the next day", "The talks began on November 20. The next day, they collapsed.", sun24,
			"November 20=DATE:2019-11-20@publication gran:day | The next day=DATE:2019-11-21@expression gran:day"},
		{"the next day without a date", "The next day, they collapsed.", sun24,
			"The next day=DATE:2019-11-25@publication gran:day"},
		{"in April", "The law passed in April.", sun24, "April=DATE:2019-04@publication gran:month"},
		{"today's world is the present age", "It is hard in today's world; many of today's personal computers fail.", sun24, ""},
		{"today's editions is the day", "The offer was advertised in today's editions.", sun24,
			"today=DATE:2019-11-24@publication gran:day"},
		{"holidays", "They met last Thanksgiving and on Christmas Eve 2018; Easter 2019 was calm.", sun24,
			"last Thanksgiving=DATE:2018-11-22@publication gran:day | Christmas Eve 2018=DATE:2018-12-24@none gran:day | Easter 2019=DATE:2019-04-21@none gran:day"},
		{"new is not a holiday", "The new year began with a New Year's Day parade.", date(2019, 6, 1),
			"New Year's Day=DATE:2019-01-01@publication gran:day"},
		{"references", "These days prices are high; in the near future they will fall.", sun24,
			"These days=DATE:PRESENT_REF@none | the near future=DATE:FUTURE_REF@none"},
	})
}

func TestTimes(t *testing.T) {
	runCases(t, []findCase{
		{"zone, day from publication", "The quake struck at 07:37 GMT.", sun24,
			"07:37 GMT=TIME:2019-11-24T07:37@publication gran:time"},
		{"day from the sentence", "On Saturday the quake struck at 7:37 a.m. local time.", sun24,
			"Saturday=DATE:2019-11-23@publication gran:day wd:Sat | 7:37 a.m. local time=TIME:2019-11-23T07:37@expression gran:time"},
		{"undated", "Polls close at 9:45 p.m.", time.Time{}, "9:45 p.m.=TIME:XXXX-XX-XXT21:45@none gran:time"},
		{"noon", "The meeting started at noon.", sun24, "noon=TIME:2019-11-24T12:00@publication gran:time part:noon"},
		{"hour in a day part", "The convoy leaves at 4 in the morning and returns at ten at night.", sun24,
			"4 in the morning=TIME:2019-11-24T04:00@publication gran:time | ten at night=TIME:2019-11-24T22:00@publication gran:time"},
		{"o'clock in the afternoon", "It ended at four o'clock in the afternoon.", sun24,
			"four o'clock in the afternoon=TIME:2019-11-24T16:00@publication gran:time"},
		{"a count before a day part is no hour", "The blast killed four in the morning rush.", sun24, ""},
		{"day after a bracketed restatement", "The blast came at 10:35 a.m. (0735 GMT) Friday.", sun24,
			"10:35 a.m.=TIME:2019-11-22T10:35@publication gran:time | Friday=DATE:2019-11-22@publication gran:day wd:Fri"},
		{"day inside the bracket", "He will leave at 4 in the morning (4 a.m. EDT Thursday).", sun24,
			"4 in the morning=TIME:2019-11-28T04:00@publication gran:time | 4 a.m. EDT Thursday=TIME:2019-11-28T04:00@publication gran:time wd:Thu"},
		{"mid-afternoon with a day after it", "In London at mid-afternoon yesterday, shares were up.", sun24,
			"mid-afternoon yesterday=TIME:2019-11-23TAF@publication gran:day part:afternoon"},
		{"an edge of a day part alone", "By mid afternoon the fire had spread; late evening it rained.", sun24,
			"mid afternoon=TIME:2019-11-24TAF@publication gran:day part:afternoon | late evening=TIME:2019-11-24TEV@expression gran:day part:late"},
		{"an edge of a day part on the sentence's day", "On Friday, by late morning, the polls had closed.", sun24,
			"Friday=DATE:2019-11-22@publication gran:day wd:Fri | late morning=TIME:2019-11-22TMO@expression gran:day part:late"},
		{"date after a comma", "The offer runs until 5 p.m. EST, Nov. 6.", date(1989, 10, 30),
			"5 p.m. EST, Nov. 6=TIME:1989-11-06T17:00@publication gran:time"},
	})
}

func TestDurationsAndSets(t *testing.T) {
	runCases(t, []findCase{
		{"days", "The siege lasted three days.", sun24, "three days=DURATION:P3D@none"},
		{"the past ten years", "He has led the party for the past ten years.", sun24,
			"the past ten years=DURATION:P10Y@none"},
		{"the next couple of years", "Over the next couple of years prices will rise.", sun24,
			"the next couple of years=DURATION:P2Y@none"},
		{"a word between count and unit", "Shares fell for eight trading days; he served an additional year.", sun24,
			"eight trading days=DURATION:P8D@none | an additional year=DURATION:P1Y@none"},
		{"within weeks", "Troops arrived within weeks.", sun24, "weeks=DURATION:PXW@none"},
		{"a couple alone is no count", "The couple of days was nice; a couple left.", sun24, ""},
		{"seconds and weeks", "The shaking lasted 15 seconds; the search took two weeks.", sun24,
			"15 seconds=DURATION:PT15S@none | two weeks=DURATION:P2W@none"},
		{"sets", "Guards patrol daily, meet every Monday and report each year.", sun24,
			"daily=SET:P1D@none | every Monday=SET:XXXX-WXX-1@none | each year=SET:P1Y@none"},
		{"plural weekdays", "The market is closed on Sundays and Mondays.", sun24,
			"Sundays=SET:XXXX-WXX-7@none | Mondays=SET:XXXX-WXX-1@none"},
		{"a weekday with a plural day part", "He works Friday nights and Saturday mornings.", sun24,
			"Friday nights=SET:XXXX-WXX-5TNI@none | Saturday mornings=SET:XXXX-WXX-6TMO@none"},
		{"two weekdays share a plural day part", "Flights leave on Monday and Tuesday nights.", sun24,
			"Monday=SET:XXXX-WXX-1TNI@none | Tuesday nights=SET:XXXX-WXX-2TNI@none"},
		{"two weekdays with a singular day part are days", "They met on Monday and Tuesday night.", sun24,
			"Monday=DATE:2019-11-18@publication gran:day wd:Mon | Tuesday night=TIME:2019-11-19TNI@publication gran:day part:night wd:Tue"},
		{"plural parts alone are no set", "The nights were cold.", sun24, ""},
	})
}

func TestFiscalAndFalseFriends(t *testing.T) {
	runCases(t, []findCase{
		{"fiscal year untouched", "Spending rose in fiscal 2020 and FY2021.", sun24,
			"fiscal 2020=DATE:2020@none gran:year | FY2021=DATE:2021@none gran:year"},
		{"season", "Games resume in the 2019-20 season.", sun24, "the 2019-20 season=DATE:2019@none gran:year"},
		{"modal may", "She may attend the talks. May I ask?", sun24, ""},
		{"march the verb", "Protesters will march on the capital.", sun24, ""},
		{"names", "April Smith and June Lee spoke to The Sun.", sun24, ""},
		{"counts", "The blast killed 24 people and 2000 troops were sent.", sun24, ""},
		{"a year after in before a word", "In 2023 two men robbed a bank; in the year 2023 unknown perpetrators struck again.", sun24,
			"2023=DATE:2023@none gran:year | 2023=DATE:2023@none gran:year"},
		{"a count after in", "Fire destroyed furniture in 2000 homes.", sun24, ""},
		{"age", "A five-year-old boy was rescued.", sun24, ""},
	})
}

func TestQuotes(t *testing.T) {
	text := `"Yesterday we met on Monday, and last week we agreed. We met on November 20," he said yesterday.`
	end := strings.LastIndex(text, `"`) + 1
	got := describeAll(Find(text, Context{Published: sun24, Quotes: []Span{{0, end}}}))
	want := "Yesterday=DATE:XXXX-XX-XX@none gran:day quoted | Monday=DATE:XXXX-WXX-1@none gran:day wd:Mon quoted | " +
		"last week=DATE:XXXX-WXX@none gran:week quoted | November 20=DATE:2019-11-20@publication gran:day quoted | " +
		"yesterday=DATE:2019-11-23@publication gran:day"
	if got != want {
		t.Errorf("quotes\n got: %s\nwant: %s", got, want)
	}
}

func TestArticleGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range Find(string(text), Context{Published: date(2020, 1, 26), Quotes: straightQuotes(string(text))}) {
		lo, hi := "", ""
		if !e.Lo.IsZero() {
			lo, hi = e.Lo.Format("2006-01-02"), e.Hi.Format("2006-01-02")
		}
		fmt.Fprintf(&b, "%d-%d\t%s\t[%s..%s]\n", e.Start, e.End, describe(e), lo, hi)
	}
	golden := filepath.Join("testdata", "article.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if b.String() != string(want) {
		t.Errorf("article expressions differ from %s:\n%s", golden, b.String())
	}
}

// straightQuotes pairs up the double quotes of text.
func straightQuotes(text string) []Span {
	var out []Span
	open := -1
	for i := 0; i < len(text); i++ {
		if text[i] != '"' {
			continue
		}
		if open < 0 {
			open = i
		} else {
			out = append(out, Span{open, i + 1})
			open = -1
		}
	}
	return out
}

func TestValidValue(t *testing.T) {
	for v, want := range map[string]bool{
		"2019-11-24": true, "2019-11": true, "2019-W47": true, "2019-W47-WE": true, "2019": true,
		"199": true, "19": true, "2019-11-24T09:45": true, "P3D": true, "PT15S": true, "P1W": true,
		"PXY": true, "P2Y6M": true, "PAST_REF": true, "XXXX-11-24": true, "XXXX-WXX-1": true,
		"2019-Q3": true, "2019-SU": true, "XXXX-XX-XXTMO": true, "P10Y": true, "PXDE": true,
		"": false, "P": false, "PT": false, "2019-13x": false, "20191124": false, "2019-W4": false,
		"XXXX-WXX-8": false, "2019-11-24T": false, "P3": false, "NOW": false,
	} {
		if got := ValidValue(v); got != want {
			t.Errorf("ValidValue(%q) = %v, want %v", v, got, want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"They met on Sunday, November 24, 2019 at 9:45 a.m. GMT.",
		"The next day, three days later, the past ten years, every Monday",
		"11/24/2019 2019-11-24 the 2019-20 season fiscal 2020 the '90s Monday (10/2/2025) 24/11/2019",
		"\"Yesterday\" he said, May 2019, 24 November",
		"at 24:00 on 2019-02-30 and 13/45/2019 9999-99-99 0 a.m.",
		"twenty-five years ago \xff\xfe Mon\u00e9day ’90s",
		"in nineteen ninety- the year two thousand and 2 1/ years 1 1/2 and a half by year's end",
		"For the full year ended, a year ago a year earlier the year-ago planned to Thursday",
		"at 4 in the morning (4 a.m. EDT Thursday) 10:35 a.m. (0735 GMT) Friday 5 p.m. EST, Nov. 6 at twelve at night (",
		"mid-afternoon yesterday, late evening Sundays Monday and Tuesday nights had been due to expire Friday",
		"the last half of 1989, the end of the '80s, the nineties, the week of March 6, the day before last Tuesday",
		"the next couple of years, eight trading days, within weeks, today's world, the end of 9999, the day after Jan. 1, 0001",
	} {
		f.Add(s, int64(0), 0, 5)
		f.Add(s, sun24.Unix(), 3, 20)
	}
	f.Fuzz(func(t *testing.T, text string, pub int64, qs, qe int) {
		ctx := Context{}
		if pub != 0 {
			ctx.Published = time.Unix(pub%(1<<36), 0).UTC()
		}
		ctx.Quotes = []Span{{qs, qe}}
		prevEnd := 0
		for _, e := range Find(text, ctx) {
			if e.Start < prevEnd || e.Start >= e.End || e.End > len(text) {
				t.Fatalf("bad span %d-%d after %d in %d bytes", e.Start, e.End, prevEnd, len(text))
			}
			prevEnd = e.End
			if e.Text != text[e.Start:e.End] {
				t.Fatalf("Text %q != text[%d:%d]", e.Text, e.Start, e.End)
			}
			if !ValidValue(e.Value) {
				t.Fatalf("invalid value %q for %q", e.Value, e.Text)
			}
			for _, r := range e.Readings {
				if !ValidValue(r) {
					t.Fatalf("invalid reading %q for %q", r, e.Text)
				}
			}
			if e.Hi.Before(e.Lo) {
				t.Fatalf("Lo %v after Hi %v for %q", e.Lo, e.Hi, e.Text)
			}
		}
	})
}

// benchText is the article and, when present, the TempEval documents: a
// realistic mix of news text.
func benchText(b *testing.B) string {
	text, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(tempevalDir, "*", "*.txt"))
	for _, p := range files {
		if raw, err := os.ReadFile(p); err == nil {
			text = append(text, raw...)
		}
	}
	return string(text)
}

// reportCPUThroughput reports the bytes handled per CPU second since cpu0
// (cpuMB/s), bytes for each of the b.N iterations: on a loaded machine
// steadier than the wall clock's MB/s.
func reportCPUThroughput(b *testing.B, bytes int, cpu0 time.Duration) {
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/cpu.Seconds()/1e6, "cpuMB/s")
	}
}

func BenchmarkFind(b *testing.B) {
	s := benchText(b)
	ctx := Context{Published: sun24}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		Find(s, ctx)
	}
	reportCPUThroughput(b, len(s), cpu0)
}

// BenchmarkAppendFind finds into one reused buffer, as a caller that
// reuses it per article does: no copy of the result.
func BenchmarkAppendFind(b *testing.B) {
	s := benchText(b)
	ctx := Context{Published: sun24}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var buf []Expr
	for b.Loop() {
		buf = AppendFind(buf[:0], s, ctx)
	}
}

// BenchmarkFindBatch finds the dates of every article of a generated
// batch (claimcheck's own input; set CLAIMCHECK_BATCH to its directory,
// e.g. the 1 MB batch of scripts/bench.sh), one Find per file as
// extraction calls it per body.
func BenchmarkFindBatch(b *testing.B) {
	texts, size := batchTexts(b)
	ctx := Context{Published: sun24}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			Find(s, ctx)
		}
	}
	reportCPUThroughput(b, size, cpu0)
}
