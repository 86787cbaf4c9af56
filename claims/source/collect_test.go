package source

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tree builds files (path -> content, "" content means a folder) under a
// temporary root and returns the root.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range files {
		p := filepath.Join(root, name)
		if body == "" && !strings.Contains(filepath.Base(name), ".") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestCollect(t *testing.T) {
	root := tree(t, map[string]string{
		"batch/b.txt":       "b",
		"batch/a.md":        "a",
		"batch/notes.json":  "{}",
		"batch/cover.png":   "png",
		"batch/.hidden.txt": "h",
		"batch/sub/c.TXT":   "c",
		"batch/.git/x.txt":  "x",
		"empty":             "",
		"only-pdf/data.pdf": "%PDF",
		"single.html":       "<p>",
	})
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	// a link to a file already in the batch, and a link to a folder above
	must(os.Symlink(filepath.Join(root, "batch", "a.md"), filepath.Join(root, "batch", "z-link.md")))
	must(os.Symlink(filepath.Join(root, "batch"), filepath.Join(root, "batch", "sub", "loop")))
	must(os.Symlink(filepath.Join(root, "nowhere.txt"), filepath.Join(root, "batch", "broken.txt")))
	j := func(p ...string) string { return filepath.Join(append([]string{root}, p...)...) }

	tests := []struct {
		name      string
		paths     []string
		wantFiles []string
		wantErrs  []error
		errPaths  []string
	}{
		{
			name:      "folder recursive sorted",
			paths:     []string{j("batch")},
			wantFiles: []string{j("batch", "a.md"), j("batch", "b.txt"), j("batch", "notes.json"), j("batch", "sub", "c.TXT")},
			wantErrs:  []error{fs.ErrNotExist, ErrSymlinkLoop},
			errPaths:  []string{j("batch", "broken.txt"), j("batch", "sub", "loop")},
		},
		{
			name:      "explicit file of any extension, duplicates dropped",
			paths:     []string{j("single.html"), j("batch", "b.txt"), j("batch", "..", "batch", "b.txt"), j("batch", "z-link.md"), j("batch", "a.md")},
			wantFiles: []string{j("batch", "a.md"), j("batch", "b.txt"), j("single.html")},
		},
		{
			name:      "missing path",
			paths:     []string{j("missing"), j("batch", "b.txt")},
			wantFiles: []string{j("batch", "b.txt")},
			wantErrs:  []error{fs.ErrNotExist},
			errPaths:  []string{j("missing")},
		},
		{
			name:     "folders without articles",
			paths:    []string{j("empty"), j("only-pdf")},
			wantErrs: []error{ErrNoArticles, ErrNoArticles},
			errPaths: []string{j("empty"), j("only-pdf")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, errs := Collect(tt.paths)
			if !slices.Equal(files, tt.wantFiles) {
				t.Errorf("files %q, want %q", files, tt.wantFiles)
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors %v, want %d", errs, len(tt.wantErrs))
			}
			for i, err := range errs {
				if !errors.Is(err, tt.wantErrs[i]) || !strings.Contains(err.Error(), tt.errPaths[i]) {
					t.Errorf("error %q, want %v naming %s", err, tt.wantErrs[i], tt.errPaths[i])
				}
			}
		})
	}
}

func TestCollectSymlinkLoopArgument(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	if err := os.Symlink(b, a); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(a, b); err != nil {
		t.Fatal(err)
	}
	_, errs := Collect([]string{a})
	if len(errs) != 1 || !errors.Is(errs[0], ErrSymlinkLoop) || !strings.Contains(errs[0].Error(), a) {
		t.Fatalf("errors %v, want one symlink loop naming %s", errs, a)
	}
}

func TestCollectUnreadableFolder(t *testing.T) {
	root := tree(t, map[string]string{"ok/a.txt": "a", "locked/b.txt": "b"})
	locked := filepath.Join(root, "locked")
	if err := os.Chmod(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	if _, err := os.ReadDir(locked); err == nil {
		t.Skip("running with privileges that ignore folder modes (root)")
	}
	files, errs := Collect([]string{root})
	if !slices.Equal(files, []string{filepath.Join(root, "ok", "a.txt")}) {
		t.Errorf("files %q", files)
	}
	if len(errs) != 1 || !errors.Is(errs[0], fs.ErrPermission) || !strings.Contains(errs[0].Error(), locked) {
		t.Errorf("errors %v, want permission denied naming %s", errs, locked)
	}
}

// TestFileKeysAreFileKey: the keys dedupe works out folder by folder are
// fileKey's, for plain files, symlinked files and folders, relative and
// absolute paths, paths that are not clean and files that are missing.
func TestFileKeysAreFileKey(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"a", "a/b", "c"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"a/one.txt", "a/b/two.txt", "c/three.txt"} {
		if err := os.WriteFile(filepath.Join(root, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{"linkdir": "a", "a/link.txt": "b/two.txt", "c/abs.txt": filepath.Join(root, "a/one.txt"), "c/dangling.txt": "nowhere.txt"} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	t.Chdir(root)
	var paths []string
	for _, p := range []string{"a/one.txt", "a/b/two.txt", "c/three.txt", "linkdir/one.txt", "linkdir/b/two.txt", "a/link.txt",
		"c/abs.txt", "c/dangling.txt", "a/missing.txt", "a/../c/three.txt", "./a/one.txt", "a//one.txt", "linkdir/../c/three.txt",
		"one.txt", ".", "..", "/"} {
		paths = append(paths, p, filepath.Join(root, p))
	}
	// As Collect calls it: the regular files a folder listed are known
	// to be no symlinks.
	plain := map[string]bool{}
	for _, p := range []string{"a/one.txt", "a/b/two.txt", "c/three.txt", "linkdir/one.txt", "linkdir/b/two.txt"} {
		plain[p], plain[filepath.Join(root, p)] = true, true
	}
	for _, known := range []map[string]bool{nil, plain} {
		got := fileKeys(paths, known)
		for i, p := range paths {
			if want := fileKey(p); got[i] != want {
				t.Errorf("key of %q = %q, want %q (plain %v)", p, got[i], want, known[p])
			}
		}
	}
}

// BenchmarkCollect lists a batch of 5,000 articles in 10 folders, a
// serial stretch before any article is read. The bytes are the files'
// (1 KB each), to compare with reading them.
func BenchmarkCollect(b *testing.B) {
	root := b.TempDir()
	for d := range 10 {
		dir := filepath.Join(root, fmt.Sprintf("outlet%d", d))
		if err := os.Mkdir(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		for f := range 500 {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.txt", f)), bytes.Repeat([]byte("x"), 1024), 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.SetBytes(5000 * 1024)
	for b.Loop() {
		if files, errs := Collect([]string{root}); len(files) != 5000 || len(errs) != 0 {
			b.Fatalf("%d files, errors %v", len(files), errs)
		}
	}
}
