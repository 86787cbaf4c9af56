package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestAppendIndented: for compact JSON as the Encoder writes it, the
// indentation is json.Indent's, byte for byte, at every depth's prefix.
func TestAppendIndented(t *testing.T) {
	values := []any{
		nil, true, 12, -3.5e-7, "", "plain", `quote " and \ back`, "<tag> & ünïcödé \u2028 \x01",
		[]any{}, map[string]any{}, []any{[]any{}, map[string]any{}},
		map[string]any{"a": []any{1, "x,y:z", map[string]any{"b": nil, "c": []any{true}}}, "d": "}]{[,:"},
		[]any{map[string]any{"k": `\"`}, map[string]any{}, []any{[]any{[]any{}}}},
		jsonEvent{ID: "e1", Label: "storm, 3 dead", Sources: []string{"a.txt", "b \"q\".txt"}},
	}
	for _, v := range values {
		var compact bytes.Buffer
		enc := json.NewEncoder(&compact)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		for _, prefix := range []string{"", "  ", "    "} {
			var want bytes.Buffer
			if err := json.Indent(&want, compact.Bytes(), prefix, jsonIndent); err != nil {
				t.Fatal(err)
			}
			if got := appendIndented([]byte("x"), compact.Bytes(), prefix, jsonIndent); string(got) != "x"+want.String() {
				t.Errorf("%s with prefix %q:\ngot  %q\nwant %q", compact.Bytes(), prefix, got[1:], want.Bytes())
			}
		}
	}
}

// FuzzAppendIndented: any JSON value, compacted, indents as json.Indent
// indents it.
func FuzzAppendIndented(f *testing.F) {
	for _, s := range []string{`{"a":[1,{},[]],"b":"x\"y"}`, `[]`, `"s"`, `[[[{"k":"v\\"}]]]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var compact bytes.Buffer
		if json.Compact(&compact, []byte(s)) != nil {
			return
		}
		compact.WriteByte('\n')
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "  ", jsonIndent); err != nil {
			t.Fatal(err)
		}
		if got := appendIndented(nil, compact.Bytes(), "  ", jsonIndent); !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("%q:\ngot  %q\nwant %q", compact.Bytes(), got, want.Bytes())
		}
	})
}

func BenchmarkAppendIndented(b *testing.B) {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	v := map[string]any{"events": []any{}, "x": strings.Repeat("word ", 20)}
	items := []any{}
	for i := range 200 {
		items = append(items, map[string]any{"id": i, "label": "storm, 3 dead", "sources": []string{"a.txt", "b.txt"}, "nested": v})
	}
	if err := enc.Encode(items); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(compact.Len()))
	var dst []byte
	for b.Loop() {
		dst = appendIndented(dst[:0], compact.Bytes(), "  ", jsonIndent)
	}
}
