package temporal

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestAppendFindReusesBuffer: AppendFind into one buffer, reused from text
// to text in several orders (as a caller reusing it per article does),
// gives what Find gives for each text on its own, whatever the buffer held
// before: earlier expressions neither anchor nor leak into later ones.
func TestAppendFindReusesBuffer(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(article),
		"The talks ended on Monday. A year earlier, in the second quarter, sales fell.",
		"No dates here at all.",
		"He said “next week” on Nov. 24, 2024, at 3 p.m.; a day later he left.",
	}
	ctxs := []Context{{Published: sun24}, {Published: sun24, Quotes: []Span{{Start: 8, End: 22}}}, {}}
	orders := [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2, 1}}
	for _, ctx := range ctxs {
		for _, order := range orders {
			var buf []Expr
			for _, k := range order {
				prefix := append([]Expr(nil), buf...)
				buf = AppendFind(buf, texts[k], ctx)
				want := Find(texts[k], ctx)
				if got := buf[len(prefix):]; !sameExprs(got, want) {
					t.Fatalf("order %v, text %d: AppendFind\n%s\nFind\n%s", order, k, describeAll(got), describeAll(want))
				}
				if !sameExprs(buf[:len(prefix)], prefix) {
					t.Fatalf("order %v, text %d: AppendFind changed what dst held", order, k)
				}
				if len(buf) > 8 {
					buf = buf[:0] // reuse from the start, as a caller does per article
				}
			}
		}
	}
}

// sameExprs: equal lists, nil and empty alike.
func sameExprs(a, b []Expr) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}
