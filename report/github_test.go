package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestGitHubEscaping(t *testing.T) {
	for _, tc := range []struct {
		in, data, property string
	}{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"k: v, w", "k: v, w", "k%3A v%2C w"},
		{"%0A", "%250A", "%250A"},
	} {
		if got := escapeData(tc.in); got != tc.data {
			t.Errorf("escapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := escapeProperty(tc.in); got != tc.property {
			t.Errorf("escapeProperty(%q) = %q, want %q", tc.in, got, tc.property)
		}
	}
}

// TestGitHubSummary: with a summary writer the annotations stay on the
// main writer and the Markdown report goes to the summary.
func TestGitHubSummary(t *testing.T) {
	var out, summary bytes.Buffer
	if err := (GitHub{Summary: &summary}).Print(&out, sampleResult()); err != nil {
		t.Fatal(err)
	}
	golden(t, "github_summary.golden", out.Bytes())
	golden(t, "github_summary.md", summary.Bytes())
	var plain bytes.Buffer
	if err := (GitHub{}).Print(&plain, sampleResult()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), plain.Bytes()) {
		t.Errorf("the summary writer changed the annotations")
	}
	for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		if !strings.HasPrefix(line, "::error ") && !strings.HasPrefix(line, "::warning ") && !strings.HasPrefix(line, "::notice ") {
			t.Errorf("not a workflow command: %q", line)
		}
	}
}
