package compare

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// ids lists the reasons of findings, which the tests use as their names.
func reasons(fs []Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Reason+":"+f.Severity.String())
	}
	return out
}

func sampleFindings() []Finding {
	return []Finding{
		{Event: "e1", Kind: KindCount, Severity: Conflict, Reason: "toll", Claims: []Evidence{{Source: "blog-1.txt", Text: "Unconfirmed reports say 12 died."}, {Source: "wire.txt", Value: "25"}}},
		{Event: "e2", Kind: KindLocation, Severity: Warning, Reason: "place", Claims: []Evidence{{Source: "wire.txt"}, {Source: "herald.txt"}}},
		{Event: "e2", Kind: KindParticipants, Severity: Info, Reason: "who", Claims: []Evidence{{Source: "herald.txt"}}},
		{Event: "", Kind: KindDuplicate, Severity: Info, Reason: "dup", Claims: []Evidence{{Source: "copy.txt"}}},
	}
}

func TestProcessors(t *testing.T) {
	events := []Event{{ID: "e1", Label: "kill: storm Ana"}, {ID: "e2", Label: "meet: Geneva"}}
	tests := []struct {
		name string
		p    Processor
		want []string
	}{
		{"kinds", newKindFilter([]string{KindCount, KindDuplicate}), []string{"toll:conflict", "dup:info"}},
		{"kinds none", newKindFilter(nil), []string{}},
		{"severity sets disagreements", severityOverride{KindLocation: Conflict, KindCount: Info}, []string{"toll:info", "place:conflict", "who:info", "dup:info"}},
		{"severity leaves notes", severityOverride{KindParticipants: Conflict}, []string{"toll:conflict", "place:warning", "who:info", "dup:info"}},
		{"severity off", severityOverride{KindCount: Off, KindDuplicate: Off}, []string{"place:warning", "who:info"}},
		{"ignore by kind", newIgnoreFilter([]IgnoreRule{{Kind: KindLocation}}, events), []string{"toll:conflict", "who:info", "dup:info"}},
		{"ignore every field must match", newIgnoreFilter([]IgnoreRule{{Kind: KindCount, Event: "*storm*", Source: "blog-*", Text: "unconfirmed"}}, events), []string{"place:warning", "who:info", "dup:info"}},
		{"ignore one field off", newIgnoreFilter([]IgnoreRule{{Kind: KindCount, Event: "*storm*", Source: "blog-*", Text: "confirmed by police"}}, events), []string{"toll:conflict", "place:warning", "who:info", "dup:info"}},
		{"ignore by event id", newIgnoreFilter([]IgnoreRule{{Event: "e2"}}, events), []string{"toll:conflict", "dup:info"}},
		{"ignore by source glob", newIgnoreFilter([]IgnoreRule{{Source: "h*.txt"}}, events), []string{"toll:conflict", "dup:info"}},
		{"ignore by text in value", newIgnoreFilter([]IgnoreRule{{Text: "25"}}, events), []string{"place:warning", "who:info", "dup:info"}},
		{"ignore empty rule matches nothing", newIgnoreFilter([]IgnoreRule{{Reason: "no fields"}}, events), []string{"toll:conflict", "place:warning", "who:info", "dup:info"}},
		{"ignore bad glob matches nothing", newIgnoreFilter([]IgnoreRule{{Source: "[x"}}, events), []string{"toll:conflict", "place:warning", "who:info", "dup:info"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := reasons(tt.p.Process(sampleFindings()))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s: got %v, want %v", tt.p.Name(), got, tt.want)
			}
		})
	}
}

func TestProcessorChain(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"defaults", Options{}, []string{"dedupe", "sort", "number"}},
		{"all", Options{Kinds: Kinds(), Severity: map[string]Severity{KindCount: Warning}, Ignore: []IgnoreRule{{Kind: KindDate}}},
			[]string{"kinds", "severity", "ignore", "dedupe", "sort", "number"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range tt.opts.processors(nil) {
				got = append(got, p.Name())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// dedupe's key is the one it was built with fmt: the kind, then each
// claim's "source:start:end" joined by commas.
func TestDedupeKeyIsFormatted(t *testing.T) {
	tests := []struct {
		name   string
		f      Finding
		wanted string
	}{
		{"no claims", Finding{Kind: KindCount}, "count|"},
		{"one claim", Finding{Kind: KindDate, Claims: []Evidence{{Source: "a.txt", Span: [2]int{3, 17}}}}, "date|a.txt:3:17"},
		{"two claims", Finding{Kind: KindLocation, Claims: []Evidence{{Source: "a", Span: [2]int{0, 1}}, {Source: "b:c", Span: [2]int{120, 1234567}}}},
			"location|a:0:1,b:c:120:1234567"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var parts []string
			for _, c := range tc.f.Claims {
				parts = append(parts, fmt.Sprintf("%s:%d:%d", c.Source, c.Span[0], c.Span[1]))
			}
			if old := tc.f.Kind + "|" + strings.Join(parts, ","); old != tc.wanted {
				t.Fatalf("the fmt key is %q, the table says %q", old, tc.wanted)
			}
			if got := string(dedupeKey([]byte("left over"), &tc.f)[len("left over"):]); got != tc.wanted {
				t.Errorf("dedupeKey = %q, want %q", got, tc.wanted)
			}
		})
	}
}
