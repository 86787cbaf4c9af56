package store

import (
	"github.com/claimcheck/claimcheck/claims/text"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// TestRoundTripKeepsFindings: every fixture batch, checked from decoded
// documents, gives the same report, byte for byte, as checked from the
// extraction itself; and the claims listed are the same.
func TestRoundTripKeepsFindings(t *testing.T) {
	for _, name := range batchNames(t) {
		t.Run(name, func(t *testing.T) {
			orig := readBatch(t, name)
			back := roundTrip(t, orig)
			if a, b := claimsJSON(t, orig), claimsJSON(t, back); a != b {
				t.Errorf("claims differ after the round trip:\n%s", firstDiff(a, b))
			}
			want := jsonReport(t, compare.Check(orig))
			got := jsonReport(t, compare.Check(back))
			if got != want {
				t.Errorf("report differs after the round trip:\n%s", firstDiff(want, got))
			}
		})
	}
}

// TestRoundTripKeepsSharing: a mention's entities are the sentence's own,
// so compare's alias resolution, which rewrites keys in the sentences,
// reaches the mentions of a decoded document too.
func TestRoundTripKeepsSharing(t *testing.T) {
	for _, d := range roundTrip(t, readBatch(t, "earthquake")) {
		inSentences := map[*claims.Entity]bool{}
		for _, s := range d.Sentences {
			for k := range s.Entities {
				inSentences[&s.Entities[k]] = true
			}
		}
		shared, total := 0, 0
		for _, m := range d.Mentions {
			if m.Doc != d {
				t.Fatalf("%s: a mention points at another document", d.Source.ID)
			}
			if m.Sentence != nil && !slices.Contains(d.Sentences, m.Sentence) {
				t.Fatalf("%s: a mention's sentence is not the document's", d.Source.ID)
			}
			for _, e := range append(append([]*claims.Entity{m.Place, m.Agent, m.Owner}, m.Places...), m.Participants...) {
				if e != nil {
					total++
					if inSentences[e] {
						shared++
					}
				}
			}
		}
		if total > 0 && shared == 0 {
			t.Errorf("%s: none of %d mention entities is a sentence's own", d.Source.ID, total)
		}
	}
}

// TestCodecKnowsEveryField fails when claims.Mention, Figure, Ownership or
// Doc gain a field: the codec copies them field by field and would drop
// the new one silently. Add it to the record types and to this list.
func TestCodecKnowsEveryField(t *testing.T) {
	for _, tc := range []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[claims.Doc](), "Source Sentences Quotes Mentions"},
		{reflect.TypeFor[claims.Mention](), "Doc Sentence Class Trigger TriggerStart TriggerEnd trigIdx nounTrigger Time Place Places Participants Agent Patient PatientAt Owner Counts Quantities Quoted Hedge Speaker Aggregate Negated Irrealis Definite Future Prior Ordinal Object CountedObject Ownerships"},
		{reflect.TypeFor[claims.Figure](), "Number Holder Role Loose Sentence"},
		{reflect.TypeFor[claims.Ownership](), "Thing Owner Sentence"},
	} {
		var names []string
		for i := 0; i < tc.typ.NumField(); i++ {
			names = append(names, tc.typ.Field(i).Name)
		}
		if got := strings.Join(names, " "); got != tc.want {
			t.Errorf("%s has fields\n  %s\nthe codec knows\n  %s", tc.typ, got, tc.want)
		}
	}
}

// TestRecordsHoldNoHiddenState: the record's layout (layout.go) writes
// exported fields only, as gob did, so every struct a record holds must
// keep all it knows in exported fields, and no pointers but the source (a
// pointer would be written as a copy).
func TestRecordsHoldNoHiddenState(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(path string, typ reflect.Type)
	walk = func(path string, typ reflect.Type) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		switch typ.Kind() {
		case reflect.Pointer:
			if typ.Elem().Name() != "Source" {
				t.Errorf("%s: a pointer to %s", path, typ.Elem())
			}
			walk(path, typ.Elem())
		case reflect.Slice, reflect.Array:
			walk(path+"[]", typ.Elem())
		case reflect.Map:
			walk(path+"[key]", typ.Key())
			walk(path+"[]", typ.Elem())
		case reflect.Struct:
			if typ.PkgPath() == "time" {
				return // written as Unix seconds or through its MarshalBinary
			}
			if typ == reflect.TypeFor[text.Word]() {
				return // written through its accessors; TestLayoutKnowsEveryField pins its fields
			}
			for i := 0; i < typ.NumField(); i++ {
				f := typ.Field(i)
				if !f.IsExported() {
					t.Errorf("%s.%s: unexported, the record would drop it", path, f.Name)
				}
				walk(path+"."+f.Name, f.Type)
			}
		case reflect.Interface, reflect.Func, reflect.Chan:
			t.Errorf("%s: %s cannot be stored", path, typ)
		}
	}
	walk("docRecord", reflect.TypeFor[docRecord]())
}

func TestDecodeRefusesDamage(t *testing.T) {
	docs := readBatch(t, "earthquake")
	good, err := EncodeDoc(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "unreadable"},
		{"truncated", good[:len(good)/2], "unreadable"},
		{"garbage", []byte("not gob at all"), "unreadable"},
		{"another version", encodeRecord(t, docRecord{Version: 99}), "format 99"},
		{"no source", encodeRecord(t, docRecord{Version: codecVersion}), "without their source"},
		{"index outside", encodeRecord(t, docRecord{Version: codecVersion, Source: docs[0].Source, Mentions: []mentionRecord{{Sentence: 5}}}), "outside"},
		{"entity outside", encodeRecord(t, docRecord{Version: codecVersion, Source: docs[0].Source, Mentions: []mentionRecord{{Participants: []ref{{In: inRecord, At: 3}}}}}), "outside"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := DecodeDoc(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) || d != nil {
				t.Errorf("got %v, %v; want an error containing %q", d, err, tc.want)
			}
		})
	}
}

// FuzzDecodeDoc: no bytes make the decoder panic, and what it accepts is
// a document whose pointers all lie inside it, which encodes again.
func FuzzDecodeDoc(f *testing.F) {
	data, _ := encodedBatch(f, "earthquake")
	for _, enc := range data[:2] {
		f.Add(enc)
	}
	f.Add([]byte{})
	f.Add(encodeRecord(f, docRecord{Version: codecVersion, Source: readBatch(f, "earthquake")[0].Source,
		Mentions: []mentionRecord{{Sentence: 1, Time: ref{In: 1, At: 0}}}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := DecodeDoc(data)
		if err != nil {
			return
		}
		for _, m := range d.Mentions {
			if m.Doc != d || m.Sentence != nil && !slices.Contains(d.Sentences, m.Sentence) {
				t.Fatal("a mention points outside its document")
			}
		}
		if _, err := EncodeDoc(d); err != nil {
			t.Fatalf("a decoded document does not encode: %v", err)
		}
	})
}

// firstDiff shows where two texts part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-200)
	return "want: " + a[lo:min(len(a), i+200)] + "\n got: " + b[lo:min(len(b), i+200)]
}

// The reader's one-byte fast path reads what binary.Uvarint and
// binary.Varint read, for every value a byte can hold and a few longer.
func TestReaderVarints(t *testing.T) {
	var vals []int64
	for v := int64(-200); v <= 200; v++ {
		vals = append(vals, v)
	}
	vals = append(vals, 1<<20, -(1 << 20), math.MaxInt64, math.MinInt64)
	for _, v := range vals {
		var w writer
		w.int(int(v))
		if v >= 0 {
			w.uint(uint64(v))
		}
		r := reader{data: w.buf}
		if got := r.int(); int64(got) != v {
			t.Errorf("int %d read back as %d", v, got)
		}
		if v >= 0 {
			if got := r.uint(); got != uint64(v) {
				t.Errorf("uint %d read back as %d", v, got)
			}
		}
		if r.err != nil || r.pos != len(w.buf) {
			t.Errorf("%d: err %v, %d of %d bytes read", v, r.err, r.pos, len(w.buf))
		}
	}
}
