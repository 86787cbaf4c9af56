package store

import (
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"slices"
	"time"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims/text"
)

// The bytes of a record. A record is written by hand rather than by gob:
// gob, given a fresh encoder per record (records are read one by one, in
// any order), repeats its type descriptions in every record and rebuilds
// its decoder for each, and it writes every word's text again although
// the source text holds it. Here integers are varints, booleans bits of a
// flag byte, and every string is written once per record in a string
// table; a string that is the source text at the span beside it (a word,
// a date, a figure) is not written at all.

// recordMagic opens every record, so that bytes of another kind (a record
// of the gob format, garbage) are told from a record of another version.
var recordMagic = []byte("ccd")

// writer appends a record's body and collects its strings.
type writer struct {
	buf []byte
	// strIndex numbers the distinct strings in the order they were first
	// written; 0 stands for "".
	strIndex map[string]uint32
	strs     []string
	strBytes int
	// seen answers for strings met before in this record by their
	// address (strSeen), before the map is asked.
	seen    [strSeenSize]strSeen
	seenGen uint32
	// text is the source text, which spans index; lower is its lower-cased
	// copy when lower-casing kept every character's length ("" until
	// needed, or when it did not).
	text      string
	lower     string
	lowerDone bool
	// enc is marshalDoc's encoder, kept for its scratch.
	enc encoder
}

func (w *writer) reset() {
	w.buf = w.buf[:0]
	clear(w.strIndex)
	if w.seenGen++; w.seenGen == 0 { // wrapped: entries of 2^32 records ago would look current
		w.seen = [strSeenSize]strSeen{}
		w.seenGen = 1
	}
	clear(w.strs) // let the previous document's strings be collected
	w.strs = w.strs[:0]
	w.strBytes = 0
	w.text, w.lower, w.lowerDone = "", "", false
}

// lowerIsSpan says whether s is the lower-cased text from start to end.
func (w *writer) lowerIsSpan(s string, start, end int) bool {
	if !w.lowerDone {
		w.lower, _ = text.LowerAligned(w.text)
		w.lowerDone = true
	}
	return spanText(w.lower, s, start, end)
}

// The writer lives on the heap (pooled), so every "w.buf = append(...)"
// stores the slice's pointer through a GC write barrier, and the spill
// runs while the collector is marking most of the time. Re-slicing a
// slice to a new length stores its length only, without a barrier: the
// writers below make room first (room), which stores the pointer only when
// the buffer grows, then write into the bytes re-sliced.

// room makes the buffer's capacity hold n more bytes.
func (w *writer) room(n int) {
	if cap(w.buf)-len(w.buf) < n {
		w.buf = slices.Grow(w.buf, n)
	}
}

func (w *writer) uint(v uint64) {
	w.room(binary.MaxVarintLen64)
	n := len(w.buf)
	if v < 0x80 {
		w.buf = w.buf[:n+1]
		w.buf[n] = byte(v)
		return
	}
	w.buf = w.buf[:n+binary.MaxVarintLen64]
	k := binary.PutUvarint(w.buf[n:], v)
	w.buf = w.buf[:n+k]
}

// int writes v zig-zag encoded, as binary.AppendVarint does.
func (w *writer) int(v int) {
	x := uint64(v) << 1
	if v < 0 {
		x = ^x
	}
	w.uint(x)
}

func (w *writer) byte(b byte) {
	w.room(1)
	n := len(w.buf)
	w.buf = w.buf[:n+1]
	w.buf[n] = b
}

func (w *writer) count(n int) { w.uint(uint64(n)) }

func (w *writer) fixed64(v uint64) {
	w.room(8)
	n := len(w.buf)
	w.buf = w.buf[:n+8]
	binary.LittleEndian.PutUint64(w.buf[n:], v)
}

// float writes the bits byte-reversed, as gob does: whole numbers keep
// their bits in the high bytes, so the varint is short.
func (w *writer) float(f float64) { w.uint(bits.ReverseBytes64(math.Float64bits(f))) }

// str writes a string as its number in the record's string table.
func (w *writer) str(s string) {
	if s == "" {
		w.uint(0)
		return
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	e := &w.seen[(p*0x9E3779B97F4A7C15)>>(64-strSeenBits)]
	if e.gen == w.seenGen && e.p == p && e.n == len(s) {
		w.uint(uint64(e.i))
		return
	}
	i, ok := w.strIndex[s]
	if !ok {
		w.strs = append(w.strs, s)
		w.strBytes += len(s)
		i = uint32(len(w.strs))
		w.strIndex[s] = i
	}
	*e = strSeen{p: p, n: len(s), gen: w.seenGen, i: i}
	w.uint(uint64(i))
}

// strSeen is a string's number in the record, found by the string's
// address and length: most strings of a record are written many times
// from the same memory (an entity's kind, a country's key, a unit), and
// the same bytes at the same address are the same string, so they need
// not be hashed. The address is a uintptr, not a pointer, so that filling
// the table costs no write barrier; the string stays alive, and its
// address its own, while the record is written, since w.strs holds it.
// Entries of earlier records are told apart by gen.
type strSeen struct {
	p      uintptr
	n      int
	gen, i uint32
}

const (
	strSeenBits = 8
	strSeenSize = 1 << strSeenBits
)

// Times: most are midnight UTC (publication dates, resolved days), which
// take a tag and the Unix seconds; any other is written as time.Time's
// own binary form, as gob wrote it.
const (
	timeZero   = 0
	timeUTC    = 1
	timeBinary = 2
)

func (w *writer) time(t time.Time) error {
	if t == (time.Time{}) {
		w.byte(timeZero)
		return nil
	}
	if sec := t.Unix(); time.Unix(sec, 0).UTC() == t {
		w.byte(timeUTC)
		w.int(int(sec))
		return nil
	}
	b, err := t.MarshalBinary()
	if err != nil {
		return err
	}
	w.byte(timeBinary)
	w.count(len(b))
	w.buf = append(w.buf, b...)
	return nil
}

// appendRecord appends the record to out: magic, version, the string table (lengths,
// then the bytes of all strings in one run, so that the reader makes them
// all with one allocation), then the body.
func (w *writer) appendRecord(out []byte, version int) []byte {
	size := len(recordMagic) + 2*binary.MaxVarintLen64 + len(w.strs)*binary.MaxVarintLen32 + w.strBytes + len(w.buf)
	out = slices.Grow(out, size)
	out = append(out, recordMagic...)
	out = binary.AppendVarint(out, int64(version))
	out = binary.AppendUvarint(out, uint64(len(w.strs)))
	for _, s := range w.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range w.strs {
		out = append(out, s...)
	}
	return append(out, w.buf...)
}

// errTruncated and errMalformed are what a damaged record gives; the
// caller says "unreadable claims".
var (
	errTruncated = errors.New("record cut short")
	errMalformed = errors.New("malformed record")
	errNotRecord = errors.New("not a claims record")
)

// reader reads a record. The first error sticks: every read after it
// gives zero values, so decoding code reads on and checks once per item.
type reader struct {
	data []byte
	pos  int
	err  error
	strs []string
	// text is the source text, which spans index; lower its lower-cased
	// copy, made on first use.
	text      string
	lower     string
	lowerDone bool
	// scratch, when not nil, is where the mentions' records are cut from.
	scratch *decodeScratch
	// arena is where a document's structs are cut from (decodeDoc).
	arena *DocArena
}

// lowerSpan is the lower-cased text from start to end. The writer gives a
// word's lower case as such a span only when lower-casing the text kept
// every character's length.
func (r *reader) lowerSpan(start, end int) string {
	if !r.lowerDone {
		r.lower, _ = text.LowerAligned(r.text)
		r.lowerDone = true
	}
	if r.lower == "" || start < 0 || start > end || end > len(r.lower) {
		r.fail(errMalformed)
		return ""
	}
	return r.lower[start:end]
}

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.pos = len(r.data)
}

// uint and int read most values from one byte (small counts, offsets
// from the previous word, flags' neighbours) without the general loop.
func (r *reader) uint() uint64 {
	if r.pos < len(r.data) {
		if b := r.data[r.pos]; b < 0x80 {
			r.pos++
			return uint64(b)
		}
	}
	v, n := binary.Uvarint(r.data[r.pos:])
	if n <= 0 {
		r.fail(errTruncated)
		return 0
	}
	r.pos += n
	return v
}

func (r *reader) int() int {
	if r.pos < len(r.data) {
		if b := r.data[r.pos]; b < 0x80 {
			r.pos++
			return int(b>>1) ^ -int(b&1) // zig-zag, as binary.Varint
		}
	}
	v, n := binary.Varint(r.data[r.pos:])
	if n <= 0 {
		r.fail(errTruncated)
		return 0
	}
	r.pos += n
	return int(v)
}

func (r *reader) byte() byte {
	if r.pos >= len(r.data) {
		r.fail(errTruncated)
		return 0
	}
	b := r.data[r.pos]
	r.pos++
	return b
}

func (r *reader) fixed64() uint64 {
	if len(r.data)-r.pos < 8 {
		r.fail(errTruncated)
		return 0
	}
	v := binary.LittleEndian.Uint64(r.data[r.pos:])
	r.pos += 8
	return v
}

func (r *reader) float() float64 { return math.Float64frombits(bits.ReverseBytes64(r.uint())) }

// count reads a number of items that follow, each at least one byte
// long: a count larger than the bytes left is damage, and must not make
// the reader allocate for it.
func (r *reader) count() int {
	n := r.uint()
	if n > uint64(len(r.data)-r.pos) {
		r.fail(errMalformed)
		return 0
	}
	return int(n)
}

func (r *reader) str() string {
	i := r.uint()
	switch {
	case i == 0:
		return ""
	case i <= uint64(len(r.strs)):
		return r.strs[i-1]
	}
	r.fail(errMalformed)
	return ""
}

// span is the source text from start to end.
func (r *reader) span(start, end int) string {
	if start < 0 || start > end || end > len(r.text) {
		r.fail(errMalformed)
		return ""
	}
	return r.text[start:end]
}

func (r *reader) time() time.Time {
	switch r.byte() {
	case timeZero:
		return time.Time{}
	case timeUTC:
		return time.Unix(int64(r.int()), 0).UTC()
	case timeBinary:
		n := r.count()
		var t time.Time
		if r.err == nil {
			if err := t.UnmarshalBinary(r.data[r.pos : r.pos+n]); err != nil {
				r.fail(errMalformed)
			}
			r.pos += n
		}
		return t
	}
	r.fail(errMalformed)
	return time.Time{}
}

// header reads the magic and the version.
func (r *reader) header() int {
	if len(r.data) < len(recordMagic) || string(r.data[:len(recordMagic)]) != string(recordMagic) {
		r.fail(errNotRecord)
		return 0
	}
	r.pos = len(recordMagic)
	return r.int()
}

// stringTable reads the string table, making all its strings with one
// allocation.
func (r *reader) stringTable() {
	n := r.count()
	lens := r.scratch.takeLens(n)
	total := 0
	for i := range lens {
		l := r.uint()
		if l > uint64(len(r.data)) {
			r.fail(errMalformed)
			return
		}
		lens[i] = int(l)
		total += int(l)
	}
	if r.err != nil || total > len(r.data)-r.pos {
		r.fail(errTruncated)
		return
	}
	all := string(r.data[r.pos : r.pos+total])
	r.pos += total
	r.strs = r.scratch.takeStrs(n)
	at := 0
	for i, l := range lens {
		r.strs[i] = all[at : at+l]
		at += l
	}
}
