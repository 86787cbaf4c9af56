// Package baseline records the findings an editor has accepted, so that a
// newsroom's CI fails only on disagreements it has not seen before. A
// finding is known by its fingerprint (compare.Fingerprint: kind, event
// label and normalized values, never line numbers), so an edit elsewhere in
// an article does not bring an accepted finding back.
package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// Version is the baseline file format this package writes and reads.
const Version = 1

// DefaultPath is where `claimcheck baseline write` puts the file when no
// --output is given: beside the configuration, in the working directory.
const DefaultPath = ".claimcheck-baseline.json"

// StepName names the baseline step among the post-processing steps.
const StepName = "baseline"

// File is a baseline: the fingerprints of accepted findings, each with what
// a person needs to recognise it, and a note an editor may fill ("checked
// with the agency: the later toll is right").
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one accepted finding. Only Fingerprint decides what is hidden;
// kind, event and values are there for the reader of the file.
type Entry struct {
	Fingerprint string   `json:"fingerprint"`
	Kind        string   `json:"kind"`
	Event       string   `json:"event"`
	Values      []string `json:"values"`
	Note        string   `json:"note"`
}

// FromResult records every finding of a check. Entries are sorted by kind,
// event and fingerprint, so that rewriting a baseline for an unchanged batch
// gives the same bytes and a review diff shows only what changed.
func FromResult(res *compare.Result) *File {
	f := &File{Version: Version, Findings: []Entry{}}
	seen := map[string]bool{}
	labels := eventLabels(res)
	for _, fd := range res.Findings {
		label := labels.of(fd.Event)
		fp := compare.Fingerprint(fd, label)
		if seen[fp] {
			continue
		}
		seen[fp] = true
		f.Findings = append(f.Findings, Entry{Fingerprint: fp, Kind: fd.Kind, Event: label, Values: normalizedValues(fd)})
	}
	slices.SortFunc(f.Findings, func(a, b Entry) int {
		return cmpStrings(a.Kind, b.Kind, a.Event, b.Event, a.Fingerprint, b.Fingerprint)
	})
	return f
}

// cmpStrings compares pairs in order: the first unequal pair decides.
func cmpStrings(pairs ...string) int {
	for i := 0; i+1 < len(pairs); i += 2 {
		if c := strings.Compare(pairs[i], pairs[i+1]); c != 0 {
			return c
		}
	}
	return 0
}

// normalizedValues are the values the fingerprint hashes, sorted as it
// sorts them.
func normalizedValues(f compare.Finding) []string {
	values := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		values = append(values, c.Normalized)
	}
	slices.Sort(values)
	return values
}

// KeepNotes carries the notes of an earlier baseline over to the entries
// that are still there, so rewriting a baseline does not lose an editor's
// words.
func (f *File) KeepNotes(old *File) {
	if old == nil {
		return
	}
	notes := map[string]string{}
	for _, e := range old.Findings {
		if e.Note != "" {
			notes[e.Fingerprint] = e.Note
		}
	}
	for i := range f.Findings {
		if n, ok := notes[f.Findings[i].Fingerprint]; ok && f.Findings[i].Note == "" {
			f.Findings[i].Note = n
		}
	}
}

// Write writes the file as indented JSON with a final newline.
func (f *File) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // event labels are read by people, not browsers
	return enc.Encode(f)
}

// Read reads a baseline file. A missing file and a malformed one are both
// errors that name the file and say what is wrong with it.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("baseline %s: no such file (write one with `claimcheck baseline write`)", path)
		}
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	f, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	return f, nil
}

// Parse reads a baseline from its JSON. Unknown keys are errors, so that a
// misspelt "note" is caught rather than silently dropped; errors give the
// line and column.
func Parse(data []byte) (*File, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, jsonError(data, dec, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("line %d: text after the baseline's JSON object", lineOf(data, int(dec.InputOffset())))
	}
	if f.Version != Version {
		return nil, fmt.Errorf("version %d: this claimcheck reads baseline version %d", f.Version, Version)
	}
	for i, e := range f.Findings {
		if !isFingerprint(e.Fingerprint) {
			return nil, fmt.Errorf("findings[%d]: fingerprint %q is not 32 hexadecimal digits", i, e.Fingerprint)
		}
	}
	return &f, nil
}

// jsonError says where in the file a decoding error is.
func jsonError(data []byte, dec *json.Decoder, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return errors.New("empty file, want a JSON object with version and findings")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("the JSON ends early (truncated file?)")
	case errors.As(err, &syn):
		return fmt.Errorf("line %d: %v", lineOf(data, int(syn.Offset)), syn)
	case errors.As(err, &typ):
		return fmt.Errorf("line %d: %s: want %s, have %s", lineOf(data, int(typ.Offset)), nonBlank(typ.Field, "the file"), typ.Type, typ.Value)
	}
	return fmt.Errorf("line %d: %v", lineOf(data, int(dec.InputOffset())), err)
}

func nonBlank(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

// lineOf is the 1-based line of byte offset off.
func lineOf(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return 1 + bytes.Count(data[:off], []byte{'\n'})
}

// isFingerprint: 32 lower-case hexadecimal digits, as compare.Fingerprint
// writes them.
func isFingerprint(s string) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
