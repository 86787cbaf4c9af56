package compare

import (
	"fmt"
	"sort"
	"strconv"
)

// Processor is one named post-processing step over the findings of a
// batch, in the manner of golangci-lint's result processors.
type Processor interface {
	Name() string
	Process([]Finding) []Finding
}

// Processors run in order on every batch's findings.
var Processors = []Processor{
	dedupe{},
	sortFindings{},
	numberFindings{},
}

// dedupe drops a finding whose kind and claims repeat an earlier one.
type dedupe struct{}

func (dedupe) Name() string { return "dedupe" }

func (dedupe) Process(fs []Finding) []Finding {
	if len(fs) == 0 {
		return nil // as before: no findings are a nil list
	}
	seen := make(map[string]bool, len(fs))
	out := make([]Finding, 0, len(fs))
	var key []byte // reused: a key is copied into the map when first seen
	for _, f := range fs {
		sortEvidence(f.Claims)
		key = dedupeKey(key[:0], &f)
		if seen[string(key)] {
			continue
		}
		seen[string(key)] = true
		out = append(out, f)
	}
	return out
}

// dedupeKey appends to key what dedupe tells findings apart by: the kind,
// then each claim's "source:start:end", joined by commas.
func dedupeKey(key []byte, f *Finding) []byte {
	key = append(append(key, f.Kind...), '|')
	for i, c := range f.Claims {
		if i > 0 {
			key = append(key, ',')
		}
		key = append(append(key, c.Source...), ':')
		key = append(strconv.AppendInt(key, int64(c.Span[0]), 10), ':')
		key = strconv.AppendInt(key, int64(c.Span[1]), 10)
	}
	return key
}

// sortFindings puts the worst first, then by event, kind and evidence.
type sortFindings struct{}

func (sortFindings) Name() string { return "sort" }

func (sortFindings) Process(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.Event != b.Event {
			return eventLess(a.Event, b.Event)
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return firstSource(a) < firstSource(b)
	})
	return fs
}

func eventLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

func firstSource(f Finding) string {
	if len(f.Claims) == 0 {
		return ""
	}
	return fmt.Sprintf("%s:%08d", f.Claims[0].Source, f.Claims[0].Span[0])
}

// numberFindings gives the findings their ids, f1, f2, ... in report order.
type numberFindings struct{}

func (numberFindings) Name() string { return "number" }

func (numberFindings) Process(fs []Finding) []Finding {
	for i := range fs {
		fs[i].ID = fmt.Sprintf("f%d", i+1)
	}
	return fs
}
