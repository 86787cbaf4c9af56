package compare

import (
	"math"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
	"github.com/claimcheck/claimcheck/claims/source"
)

// tollArticles are two reports of one bridge collapse that differ only in
// the death toll, so each option's effect shows on one finding.
func tollArticles(t *testing.T, a, b string) []*claims.Doc {
	t.Helper()
	const tmpl = "Bridge collapse in Riverton\n\nRIVERTON, March 3, 2023 (%s) - A road bridge collapsed into the Green River in Riverton on Friday morning, killing %s people and injuring 30 others, police said.\n"
	var docs []*claims.Doc
	for i, toll := range []string{a, b} {
		name := []string{"herald.txt", "wire.txt"}[i]
		text := strings.Replace(strings.Replace(tmpl, "%s", strings.TrimSuffix(name, ".txt"), 1), "%s", toll, 1)
		src, err := source.Parse(name, name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, claims.Extract(src))
	}
	return docs
}

func countFindings(res *Result) []Finding {
	var out []Finding
	for _, f := range res.Findings {
		if f.Kind == KindCount {
			out = append(out, f)
		}
	}
	return out
}

func TestCheckWithOptions(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		opts     Options
		wantSev  Severity // 0: no count finding
		wantText string
	}{
		{"default conflict", "25", "12", Options{}, Conflict, "cannot both be right"},
		{"absolute tolerance", "25", "24", Options{Count: Tolerance{Absolute: 2}}, Info, "within the configured tolerance"},
		{"percent tolerance", "100", "104", Options{Count: Tolerance{Percent: 5}}, Info, "within the configured tolerance"},
		{"outside tolerance", "25", "12", Options{Count: Tolerance{Absolute: 2, Percent: 5}}, Conflict, "cannot both be right"},
		{"quantity tolerance leaves counts alone", "25", "24", Options{Quantity: Tolerance{Percent: 50}}, Conflict, ""},
		{"severity override", "25", "12", Options{Severity: map[string]Severity{KindCount: Warning}}, Warning, ""},
		{"severity off", "25", "12", Options{Severity: map[string]Severity{KindCount: Off}}, 0, ""},
		{"kinds leave counts out", "25", "12", Options{Kinds: []string{KindDate}}, 0, ""},
		{"kinds keep counts", "25", "12", Options{Kinds: []string{KindCount}}, Conflict, ""},
		{"ignore by kind and event label", "25", "12", Options{Ignore: []IgnoreRule{{Kind: KindCount, Event: "kill:*"}}}, 0, ""},
		{"ignore rule with another label", "25", "12", Options{Ignore: []IgnoreRule{{Kind: KindCount, Event: "*storm*"}}}, Conflict, ""},
		{"ignore by source and text", "25", "12", Options{Ignore: []IgnoreRule{{Source: "wire*", Text: "KILLING 12"}}}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := countFindings(CheckWith(tollArticles(t, tt.a, tt.b), tt.opts))
			if tt.wantSev == 0 {
				if len(fs) != 0 {
					t.Fatalf("want no count finding, got %+v", fs)
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("want one count finding, got %d: %+v", len(fs), fs)
			}
			if fs[0].Severity != tt.wantSev || !strings.Contains(fs[0].Reason, tt.wantText) {
				t.Errorf("got %v %q, want %v containing %q", fs[0].Severity, fs[0].Reason, tt.wantSev, tt.wantText)
			}
			if fs[0].ID != "f1" {
				t.Errorf("findings are numbered after filtering: got id %q", fs[0].ID)
			}
		})
	}
}

// TestCheckIsCheckWithDefaults: the zero Options are the default check.
func TestCheckIsCheckWithDefaults(t *testing.T) {
	docs := tollArticles(t, "25", "12")
	a, b := Check(docs), CheckWith(docs, Options{EventWindowDays: DefaultEventWindowDays})
	if len(a.Findings) != len(b.Findings) {
		t.Fatalf("Check %d findings, CheckWith defaults %d", len(a.Findings), len(b.Findings))
	}
	for i := range a.Findings {
		if a.Findings[i].Reason != b.Findings[i].Reason || a.Findings[i].Severity != b.Findings[i].Severity {
			t.Errorf("finding %d differs: %+v vs %+v", i, a.Findings[i], b.Findings[i])
		}
	}
}

func TestCloseEnough(t *testing.T) {
	n := func(lo, hi float64) numbers.Number { return numbers.Number{Lo: lo, Hi: hi} }
	tests := []struct {
		name string
		a, b numbers.Number
		tol  Tolerance
		want bool
	}{
		{"overlap", n(10, 20), n(15, 15), Tolerance{}, true},
		{"gap within absolute", n(25, 25), n(23, 23), Tolerance{Absolute: 2}, true},
		{"gap beyond absolute", n(25, 25), n(22, 22), Tolerance{Absolute: 2}, false},
		{"gap within percent of larger", n(100, 100), n(105, 105), Tolerance{Percent: 5}, true},
		{"gap beyond percent", n(100, 100), n(106, 106), Tolerance{Percent: 5}, false},
		{"either suffices", n(1000, 1000), n(1003, 1003), Tolerance{Absolute: 1, Percent: 1}, true},
		{"open range", n(27, math.Inf(1)), n(30, 30), Tolerance{}, true},
		{"other units", numbers.Number{Lo: 5, Hi: 5, Unit: "USD"}, numbers.Number{Lo: 5, Hi: 5, Unit: "EUR"}, Tolerance{Percent: 50}, false},
		{"not a number", n(math.NaN(), math.NaN()), n(1, 1), Tolerance{Absolute: 5}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := closeEnough(tt.a, tt.b, tt.tol); got != tt.want {
				t.Errorf("closeEnough = %v, want %v", got, tt.want)
			}
			if got := closeEnough(tt.b, tt.a, tt.tol); got != tt.want {
				t.Errorf("closeEnough reversed = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	for _, k := range Kinds() {
		if !IsKind(k) {
			t.Errorf("IsKind(%q) = false", k)
		}
	}
	if IsKind("locaton") || IsKind("") {
		t.Error("IsKind accepts a misspelt kind")
	}
}

// TestEventWindow: two undated reports published 17 days apart are one
// event under the default window and two under a one-day window.
func TestEventWindow(t *testing.T) {
	article := func(name, date, toll string) *claims.Doc {
		text := "Bridge collapse in Riverton\n\nRIVERTON, " + date + " (" + name + ") - A road bridge collapsed into the Green River in Riverton, killing " + toll + " people, police said.\n"
		src, err := source.Parse(name+".txt", name+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return claims.Extract(src)
	}
	docs := []*claims.Doc{article("herald", "March 3, 2023", "25"), article("wire", "March 20, 2023", "12")}
	tests := []struct {
		days int
		want int
	}{
		{0, 1},
		{DefaultEventWindowDays, 1},
		{1, 0},
	}
	for _, tt := range tests {
		if got := len(countFindings(CheckWith(docs, Options{EventWindowDays: tt.days}))); got != tt.want {
			t.Errorf("window %d days: %d count findings, want %d", tt.days, got, tt.want)
		}
	}
}
