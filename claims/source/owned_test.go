package source

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTextOwnership: ReadAll's sources hold the file's bytes as read, and
// ParseAll's hold a copy, so a caller that reuses its buffer after
// ParseAll does not change the sources' text.
func TestTextOwnership(t *testing.T) {
	const article = "Quake hits city\n\nAt least 12 people were killed on Monday, officials said.\n"
	for _, tc := range []struct {
		name string
		read func(t *testing.T) ([]*Source, []byte)
	}{
		{"ReadAll", func(t *testing.T) ([]*Source, []byte) {
			path := filepath.Join(t.TempDir(), "a.txt")
			if err := os.WriteFile(path, []byte(article), 0o644); err != nil {
				t.Fatal(err)
			}
			srcs, errs := ReadAll(path, Limits{})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			return srcs, nil
		}},
		{"ParseAll", func(t *testing.T) ([]*Source, []byte) {
			data := []byte(article)
			srcs, errs := ParseAll("a.txt", data, Limits{})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			return srcs, data
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srcs, buf := tc.read(t)
			for i := range buf {
				buf[i] = 'x' // the caller reuses its buffer
			}
			if len(srcs) != 1 || srcs[0].Text != article || srcs[0].Headline != "Quake hits city" {
				t.Errorf("got %+v", srcs)
			}
		})
	}
}
