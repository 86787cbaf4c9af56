package source

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// articleExts are the extensions Collect keeps inside folders. A file
// named on the command line is kept whatever its extension: the user chose it.
// Pages and feeds sit in the same folders as text in a newsroom's drop box.
var articleExts = []string{".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson"}

// Collect expands paths (files and folders; folders recursively, following
// symlinks, skipping hidden entries, keeping the articleExts files) into
// article files sorted by path, without duplicates: the same path twice
// or two paths to one file (through a symlink) appear once, under the path
// that sorts first, so no source is ever compared with itself.
//
// A path that does not exist, a folder with no article files, an
// unreadable folder, a broken symlink or a symlink loop yields an error
// naming the path and the reason; the other files are still returned.
func Collect(paths []string) (files []string, errs []error) {
	var found []string
	plain := map[string]bool{} // files a folder listed as regular, not symlinks
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, statError(p, err))
			continue
		}
		if !info.IsDir() {
			found = append(found, p)
			continue
		}
		before := len(found)
		found, errs = walkDir(p, []os.FileInfo{info}, []string{p}, found, errs, plain)
		if len(found) == before {
			errs = append(errs, &PathError{Path: p, Err: ErrNoArticles})
		}
	}
	return dedupe(found, plain), errs
}

// walkDir appends the article files under dir. ancestors (with their
// paths) are the folders above it, to recognise a symlink that leads back
// into one of them. The files the folder lists as regular are noted in
// plain: they need no system call here nor in dedupe (a batch's thousands
// of files cost two each, with nothing else to do meanwhile).
func walkDir(dir string, ancestors []os.FileInfo, ancestorPaths []string, found []string, errs []error,
	plain map[string]bool) ([]string, []error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		errs = append(errs, &PathError{Path: dir, Err: fsReason(err)})
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if e.Type().IsRegular() { // the entry itself: no symlink to follow
			if hasArticleExt(path) {
				found = append(found, path)
				plain[path] = true
			}
			continue
		}
		info, err := os.Stat(path) // follows symlinks
		if err != nil {
			errs = append(errs, statError(path, err))
			continue
		}
		if !info.IsDir() {
			if info.Mode().IsRegular() && hasArticleExt(path) {
				found = append(found, path)
			}
			continue
		}
		if i := indexSameFile(ancestors, info); i >= 0 {
			errs = append(errs, &PathError{Path: path, Err: ErrSymlinkLoop, Detail: fmt.Sprintf("leads back to %s", ancestorPaths[i])})
			continue
		}
		found, errs = walkDir(path, append(ancestors, info), append(ancestorPaths, path), found, errs, plain)
	}
	return found, errs
}

func indexSameFile(infos []os.FileInfo, info os.FileInfo) int {
	for i, a := range infos {
		if os.SameFile(a, info) {
			return i
		}
	}
	return -1
}

// statError names a symlink loop as such; the system's "too many levels
// of symbolic links" is what a user would have to decode otherwise.
func statError(path string, err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return &PathError{Path: path, Err: ErrSymlinkLoop}
	}
	if errors.Is(err, os.ErrNotExist) {
		if _, lerr := os.Lstat(path); lerr == nil {
			return &PathError{Path: path, Err: os.ErrNotExist, Detail: "broken symlink"}
		}
	}
	return &PathError{Path: path, Err: fsReason(err)}
}

func hasArticleExt(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range articleExts {
		if ext == e {
			return true
		}
	}
	return false
}

// dedupe sorts paths and drops any that names a file already kept. plain
// holds paths known to be regular files, not symlinks.
func dedupe(paths []string, plain map[string]bool) []string {
	sort.Strings(paths)
	keys := fileKeys(paths, plain)
	seen := make(map[string]bool, len(paths))
	out := paths[:0]
	for i, p := range paths {
		key := keys[i]
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, p)
	}
	return out
}

// fileKey identifies the file behind a path: its absolute path with
// symlinks resolved, or the cleaned path when that cannot be had.
func fileKey(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// fileKeys is fileKey of every path, for thousands of files in a few
// folders: fileKey resolves every folder above each file again (a system
// call per folder) and asks for the working folder again for a relative
// path, while here each folder is resolved once and the working folder
// asked once, and a file costs one Lstat. A path fileKeys cannot take that
// way (a symlink, a path that is not clean, one Lstat or EvalSymlinks
// refuses) gets fileKey itself, so the keys are fileKey's. A path in
// plain, which a folder listed as a regular file, needs no Lstat.
func fileKeys(paths []string, plain map[string]bool) []string {
	wd, wdErr := os.Getwd()
	realDirs := map[string]string{} // folder -> EvalSymlinks of it, "" when that failed
	keys := make([]string, len(paths))
	for i, p := range paths {
		keys[i] = fileKeyIn(p, plain[p], realDirs, wd, wdErr)
	}
	return keys
}

func fileKeyIn(path string, plain bool, realDirs map[string]string, wd string, wdErr error) string {
	dir, base := filepath.Dir(path), filepath.Base(path)
	if path != filepath.Clean(path) || base == "." || base == ".." || base == string(filepath.Separator) {
		return fileKey(path)
	}
	if !plain {
		if info, err := os.Lstat(path); err != nil || info.Mode()&os.ModeSymlink != 0 {
			return fileKey(path)
		}
	}
	realDir, ok := realDirs[dir]
	if !ok {
		if r, err := filepath.EvalSymlinks(dir); err == nil {
			realDir = r
		}
		realDirs[dir] = realDir
	}
	if realDir == "" {
		return fileKey(path)
	}
	real := filepath.Join(realDir, base)
	if filepath.IsAbs(real) || wdErr != nil {
		return filepath.Clean(real) // filepath.Abs's answers
	}
	return filepath.Join(wd, real)
}
