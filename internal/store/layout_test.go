package store

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
	"github.com/claimcheck/claimcheck/claims/text"
)

// TestLayoutKnowsEveryField fails when a struct the record lays out by
// hand gains a field, which layout.go would drop silently: add it there
// (and bump codecVersion and formatVersion) and to this list.
func TestLayoutKnowsEveryField(t *testing.T) {
	for _, tc := range []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[source.Source](), "ID Path Text Body Headline Published PublishedFrom Outlet URL Byline Furniture"},
		{reflect.TypeFor[source.Span](), "Start End"},
		{reflect.TypeFor[claims.Sentence](), "Index Start End Line Words Quotes Times Numbers Entities Hedge Speaker Duplicate Hash Headline Lead"},
		// Word is written through its accessors (Start End Text Lower Cap Punct).
		{reflect.TypeFor[text.Word](), "text lower start flags"},
		{reflect.TypeFor[text.Quote](), "Start End"},
		{reflect.TypeFor[temporal.Expr](), "Start End Text Type Value Anchor Readings Gran Lo Hi Year Month Day Weekday HasWeekday WeekdayMismatch Part Relative Quoted"},
		{reflect.TypeFor[numbers.Number](), "Start End Text Lo Hi Qualifier Approx Unit Kind Noun NounStart NounEnd"},
		{reflect.TypeFor[claims.Entity](), "Kind Text Start End Title Key Demonym Possessive Capital Generic Country Level Aside"},
		{reflect.TypeFor[mentionRecord](), "Sentence Class Trigger TriggerStart TriggerEnd Time Place Places Participants Agent Patient PatientAt Owner Counts Quantities Quoted Hedge Speaker Aggregate Negated Irrealis Definite Future Prior Ordinal Object CountedObject Ownerships"},
		{reflect.TypeFor[figureRecord](), "Number Holder Role Loose Sentence"},
		{reflect.TypeFor[ownershipRecord](), "Thing Owner Sentence"},
		{reflect.TypeFor[docRecord](), "Version Source Sentences Quotes Mentions Entities Times"},
	} {
		var names []string
		for i := 0; i < tc.typ.NumField(); i++ {
			names = append(names, tc.typ.Field(i).Name)
		}
		if got := strings.Join(names, " "); got != tc.want {
			t.Errorf("%s has fields\n  %s\nthe layout knows\n  %s", tc.typ, got, tc.want)
		}
	}
}

// TestRoundTripKeepsEveryField: the sentences and the source of every
// fixture document read back equal, field by field (an empty list reads
// back as none, as it did with gob).
func TestRoundTripKeepsEveryField(t *testing.T) {
	for _, name := range batchNames(t) {
		orig := readBatch(t, name)
		back := roundTrip(t, orig)
		for i, d := range orig {
			if got, want := fmt.Sprintf("%+v", *back[i].Source), fmt.Sprintf("%+v", *d.Source); got != want {
				t.Errorf("%s: source differs:\n%s", d.Source.ID, firstDiff(want, got))
			}
			for k, s := range d.Sentences {
				if got, want := fmt.Sprintf("%+v", *back[i].Sentences[k]), fmt.Sprintf("%+v", *s); got != want {
					t.Errorf("%s: sentence %d differs:\n%s", d.Source.ID, k, firstDiff(want, got))
				}
			}
		}
	}
}

// TestRecordSize holds the record to what the hand layout gives: the
// source text once, and about as much again for what was found in it.
// (gob gave 6.4 bytes per byte of text on this batch.)
func TestRecordSize(t *testing.T) {
	stored, size := 0, 0
	for _, d := range readBatch(t, "earthquake") {
		data, err := EncodeDoc(d)
		if err != nil {
			t.Fatal(err)
		}
		stored += len(data)
		size += len(d.Source.Text)
	}
	if ratio := float64(stored) / float64(size); ratio > 3 {
		t.Errorf("records take %.2f bytes per byte of text, want at most 3", ratio)
	}
}

// TestDecodeKeepsTextShared: words, dates and figures that are spans of
// the source text read back as slices of it, not as copies.
func TestDecodeKeepsTextShared(t *testing.T) {
	for _, d := range roundTrip(t, readBatch(t, "earthquake")) {
		txt := d.Source.Text
		for _, s := range d.Sentences {
			for _, w := range s.Words {
				if w.Text() != "" && !sameMemory(txt, w.Text(), w.Start()) {
					t.Fatalf("%s: word %q is a copy", d.Source.ID, w.Text())
				}
			}
		}
	}
}

// sameMemory says whether part is txt[start:] in memory, not only in value.
func sameMemory(txt, part string, start int) bool {
	return start >= 0 && start < len(txt) && unsafe.StringData(txt[start:]) == unsafe.StringData(part)
}

// TestOpenRefusesOtherFormats: a store written by an older or newer
// claimcheck is refused, naming the file and both formats, whether opened
// for a run or for reading.
func TestOpenRefusesOtherFormats(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		format string
		want   []string
	}{
		{"1", []string{"format 1", "older claimcheck", "reads format " + formatVersion}},
		{"99", []string{"format 99", "newer claimcheck"}},
		{"x", []string{`unknown store format "x"`}},
	} {
		path := filepath.Join(dir, "v"+tc.format+".db")
		db, err := bolt.Open(path, 0o644, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket(bucketMeta)
			if err != nil {
				return err
			}
			return b.Put(keyFormat, []byte(tc.format))
		})
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, opt := range []Options{{}, {ReadOnly: true}} {
			s, err := Open(path, opt)
			if err == nil {
				s.Close()
				t.Errorf("format %s opened (%+v)", tc.format, opt)
				continue
			}
			for _, w := range append(tc.want, path) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("format %s (%+v): %v; want it to say %q", tc.format, opt, err, w)
				}
			}
		}
	}
}
