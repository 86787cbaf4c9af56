package source

import (
	"errors"
	"io/fs"
)

// Reasons a file cannot be read as an article. Every error this package
// returns wraps one of these (or fs.ErrNotExist / fs.ErrPermission), so a
// caller can tell them apart with errors.Is while the message names the
// file and says what is wrong in words.
var (
	ErrEmpty         = errors.New("empty file")
	ErrWhitespace    = errors.New("only whitespace")
	ErrBinary        = errors.New("binary file")
	ErrNotUTF8       = errors.New("not UTF-8")
	ErrUTF16         = errors.New("UTF-16 text (convert it to UTF-8)")
	ErrTooLarge      = errors.New("too large")
	ErrFrontMatter   = errors.New("malformed front matter")
	ErrOnlyFurniture = errors.New("only page furniture (no article text left)")
	ErrIsDir         = errors.New("is a directory")
	ErrNoArticles    = errors.New("no article files (.txt .md .html .htm .json .jsonl .ndjson)")
	ErrSymlinkLoop   = errors.New("symlink loop")
	// Reasons of the HTML and JSON readers.
	ErrNoText         = errors.New("no article text")
	ErrBadJSON        = errors.New("invalid JSON")
	ErrTooDeep        = errors.New("nested too deeply")
	ErrBadRecord      = errors.New("not an article record")
	ErrTooManyRecords = errors.New("too many records")
	// ErrNotEnglish is a record whose language field names another
	// language: callers note it and skip it rather than fail the run.
	ErrNotEnglish = errors.New("not English")
)

// PathError is a failure to collect or read one path. Err is one of the
// sentinel errors above or an fs error; Detail adds what the sentinel
// cannot say (the byte offset, the YAML line, the size).
type PathError struct {
	Path   string
	Err    error
	Detail string
}

func (e *PathError) Error() string {
	msg := e.Path + ": " + e.Err.Error()
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

func (e *PathError) Unwrap() error { return e.Err }

// fsReason turns an os error into the plain reason a user needs, keeping
// the fs sentinel so errors.Is still works; the os message repeats the
// path and the system call, which PathError already says better.
func fsReason(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fs.ErrNotExist
	case errors.Is(err, fs.ErrPermission):
		return fs.ErrPermission
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
