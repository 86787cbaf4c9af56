package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
)

const sampleDatedText = "---\npublished: 2019-11-26\n---\n\nTalks in Zürich resume\n\n" +
	"The delegations met on Monday. A first round was held on November 24 & 25, " +
	"officials said yesterday.\n\"Yesterday <we> agreed,\" one delegate said.\n"

// expr builds an expression over the first occurrence of phrase in text.
func expr(text, phrase, typ, value, anchor string, readings ...string) temporal.Expr {
	i := strings.Index(text, phrase)
	if i < 0 {
		panic("sample phrase not found: " + phrase)
	}
	return temporal.Expr{Start: i, End: i + len(phrase), Text: phrase, Type: typ, Value: value, Anchor: anchor, Readings: readings}
}

// sampleDates is a dated source with relative, absolute and quoted
// expressions, and an undated source with none.
func sampleDates() []DatedSource {
	text := sampleDatedText
	dated := &source.Source{
		ID:            "001_ledger.txt",
		Text:          text,
		Body:          source.Span{Start: strings.Index(text, "Talks"), End: len(text)},
		Published:     time.Date(2019, 11, 26, 0, 0, 0, 0, time.UTC),
		PublishedFrom: source.PublishedFromFrontMatter,
	}
	undated := &source.Source{ID: "002_blog & notes.txt", Text: "No dates here.\n", Body: source.Span{End: 15}}
	return []DatedSource{
		{Source: dated, Dates: []temporal.Expr{
			expr(text, "Monday", "DATE", "2019-11-25", temporal.AnchorPublication, "2019-11-18"),
			expr(text, "November 24", "DATE", "2019-11-24", temporal.AnchorPublication),
			expr(text, "yesterday", "DATE", "2019-11-25", temporal.AnchorPublication),
			expr(text, "Yesterday", "DATE", "XXXX-XX-XX", temporal.AnchorNone),
		}},
		{Source: undated},
	}
}

func TestDatesPrinters(t *testing.T) {
	for _, tc := range []struct {
		golden  string
		printer DatesPrinter
		docs    []DatedSource
	}{
		{"dates/dates_table.golden", DatesTable{}, sampleDates()},
		{"dates/dates_table_empty.golden", DatesTable{}, nil},
		{"dates/dates.json", DatesJSON{}, sampleDates()},
		{"dates/dates_empty.json", DatesJSON{}, nil},
		{"dates/dates.timeml", DatesTimeML{}, sampleDates()},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.printer.PrintDates(&buf, tc.docs); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.golden, buf.Bytes())
		})
	}
}

func TestNewDates(t *testing.T) {
	for _, tc := range []struct {
		format  string
		want    DatesPrinter
		wantErr bool
	}{
		{"table", DatesTable{}, false},
		{"json", DatesJSON{}, false},
		{"timeml", DatesTimeML{}, false},
		{"diff", nil, true},
		{"", nil, true},
	} {
		got, err := NewDates(tc.format)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("NewDates(%q) = %T, %v; want %T, error %v", tc.format, got, err, tc.want, tc.wantErr)
		}
	}
}

// TestDatesJSONShape checks what consumers rely on: key order, readings
// always an array, null for an undated source.
func TestDatesJSONShape(t *testing.T) {
	var buf bytes.Buffer
	if err := (DatesJSON{}).PrintDates(&buf, sampleDates()); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version int `json:"version"`
		Sources []struct {
			ID        string            `json:"id"`
			Published *string           `json:"published"`
			Dates     []json.RawMessage `json:"dates"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Version != 1 || len(got.Sources) != 2 {
		t.Fatalf("version %d, %d sources; want 1, 2", got.Version, len(got.Sources))
	}
	if p := got.Sources[0].Published; p == nil || *p != "2019-11-26" {
		t.Errorf("published %v, want 2019-11-26", p)
	}
	if got.Sources[1].Published != nil || got.Sources[1].Dates == nil {
		t.Errorf("undated source: published %v, dates %s; want null and []", got.Sources[1].Published, got.Sources[1].Dates)
	}
	keys := []string{`"span"`, `"text"`, `"type"`, `"value"`, `"anchor"`, `"readings"`}
	for _, d := range got.Sources[0].Dates {
		at := 0
		for _, k := range keys {
			i := bytes.Index(d[at:], []byte(k))
			if i < 0 {
				t.Fatalf("key %s missing or out of order in %s", k, d)
			}
			at += i
		}
		if bytes.Contains(d, []byte(`"readings": null`)) {
			t.Errorf("readings is null in %s", d)
		}
	}
}

// TestDatesOddInput feeds the printers what a buggy caller might: nil
// sources, spans outside the text or the body, overlapping and empty
// spans, spans that cut a character, control characters. Nothing may
// panic, plain output gets no escape bytes, TimeML stays well-formed.
func TestDatesOddInput(t *testing.T) {
	text := "héllo \x1b[31mworld\x07 today\n"
	src := &source.Source{ID: "x\x1b[2J.txt", Text: text, Body: source.Span{Start: 0, End: len(text)}}
	docs := []DatedSource{{Source: nil}, {Source: src, Dates: []temporal.Expr{
		{Start: -3, End: 2, Text: "bad"},
		{Start: 2, End: 3, Text: "cut"},
		{Start: 0, End: 5, Text: "héll", Type: "DATE", Value: "\x00<>"},
		{Start: 1, End: 4, Text: "overlap"},
		{Start: 7, End: 7, Text: "empty"},
		{Start: 20, End: 999, Text: "past the end"},
	}}}
	for _, p := range []DatesPrinter{DatesTable{}, DatesJSON{}, DatesTimeML{}} {
		for _, in := range [][]DatedSource{nil, {}, docs} {
			var buf bytes.Buffer
			if err := p.PrintDates(&buf, in); err != nil {
				t.Errorf("%T: %v", p, err)
			}
			if _, isJSON := p.(DatesJSON); !isJSON && bytes.IndexByte(buf.Bytes(), 0x1b) >= 0 {
				t.Errorf("%T: escape byte from the input reached the output:\n%q", p, buf.String())
			}
			if _, isXML := p.(DatesTimeML); isXML {
				if _, err := timeMLText(buf.Bytes()); err != nil {
					t.Errorf("TimeML not well-formed: %v\n%s", err, buf.String())
				}
			}
		}
	}
}

func TestDatesWriteErrors(t *testing.T) {
	for _, p := range []DatesPrinter{DatesTable{}, DatesJSON{}, DatesTimeML{}} {
		if err := p.PrintDates(failingWriter{}, sampleDates()); !errors.Is(err, errClosed) {
			t.Errorf("%T: error %v, want the writer's error", p, err)
		}
	}
}

// timeMLText parses TimeML documents written one after another and returns,
// for each, the character data of <TEXT> and the number of TIMEX3 in it.
func timeMLText(doc []byte) ([]timeMLDoc, error) {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var out []timeMLDoc
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch {
			case tok.Name.Local == "TimeML":
				out = append(out, timeMLDoc{})
			case tok.Name.Local == "TEXT":
				inText = true
			case tok.Name.Local == "TIMEX3" && inText:
				out[len(out)-1].timexes++
			}
		case xml.EndElement:
			if tok.Name.Local == "TEXT" {
				inText = false
			}
		case xml.CharData:
			if inText {
				out[len(out)-1].text += string(tok)
			}
		}
	}
}

type timeMLDoc struct {
	text    string
	timexes int
}

// xmlVisible is what an XML parser reads back from s written with
// xml.EscapeText: characters XML cannot hold become U+FFFD.
func xmlVisible(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") || !xmlChar(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// TestTimeMLRoundTrip: the <TEXT> of the TimeML output, read back by an
// XML parser, is the body verbatim, and every expression is tagged once.
func TestTimeMLRoundTrip(t *testing.T) {
	docs := sampleDates()
	var buf bytes.Buffer
	if err := (DatesTimeML{}).PrintDates(&buf, docs); err != nil {
		t.Fatal(err)
	}
	got, err := timeMLText(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(docs) {
		t.Fatalf("%d documents, want %d", len(got), len(docs))
	}
	for i, d := range docs {
		body := d.Source.Text[d.Source.Body.Start:d.Source.Body.End]
		if got[i].text != body {
			t.Errorf("doc %d: TEXT reads back as\n%q\nwant\n%q", i, got[i].text, body)
		}
		if got[i].timexes != len(d.Dates) {
			t.Errorf("doc %d: %d TIMEX3, want %d", i, got[i].timexes, len(d.Dates))
		}
	}
}

// FuzzDatesTimeML: on any text and any spans the TimeML output is
// well-formed, its <TEXT> reads back as the body (characters XML cannot
// hold replaced), and no tag is emitted for a span outside the body.
func FuzzDatesTimeML(f *testing.F) {
	f.Add(sampleDatedText, 0, 10, 3, 8)
	f.Add("a\r\nb\tc & <d> \"e\" 'f'", 2, 5, 4, 9)
	f.Add("x\x00y\xffz\u2028", 0, 3, 1, 2)
	f.Add("", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		src := &source.Source{ID: text, Text: text, Body: source.Span{Start: min(max(s1, 0), len(text)), End: len(text)}}
		docs := []DatedSource{{Source: src, Dates: []temporal.Expr{
			{Start: s1, End: e1, Type: "DATE", Value: text},
			{Start: s2, End: e2, Type: "TIME", Value: "x"},
		}}}
		var buf bytes.Buffer
		if err := (DatesTimeML{}).PrintDates(&buf, docs); err != nil {
			t.Fatal(err)
		}
		got, err := timeMLText(buf.Bytes())
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, buf.String())
		}
		if len(got) != 1 {
			t.Fatalf("%d documents, want 1", len(got))
		}
		body := text[src.Body.Start:src.Body.End]
		if want := xmlVisible(body); got[0].text != want {
			t.Errorf("TEXT reads back as %q, want %q", got[0].text, want)
		}
		if got[0].timexes > 2 {
			t.Errorf("%d TIMEX3 for 2 expressions", got[0].timexes)
		}
	})
}

// BenchmarkDatesPrinters reports MB/s of article text rendered.
func BenchmarkDatesPrinters(b *testing.B) {
	var docs []DatedSource
	var size int64
	for i := range 200 {
		for _, d := range sampleDates() {
			d.Source.ID = fmt.Sprintf("%d_%s", i, d.Source.ID)
			docs = append(docs, d)
			size += int64(len(d.Source.Text))
		}
	}
	for _, p := range []DatesPrinter{DatesTable{}, DatesJSON{}, DatesTimeML{}} {
		b.Run(fmt.Sprintf("%T", p), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				if err := p.PrintDates(io.Discard, docs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
