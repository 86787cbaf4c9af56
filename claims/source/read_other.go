//go:build !linux

package source

import (
	"io"
	"os"
)

// readLimited reads the whole file but refuses one larger than max,
// checking the size before reading and again while reading (a file can
// grow, and pipes report no size).
func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &PathError{Path: path, Err: fsReason(err)}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &PathError{Path: path, Err: fsReason(err)}
	}
	if info.IsDir() {
		return nil, &PathError{Path: path, Err: ErrIsDir}
	}
	if info.Size() > max {
		return nil, tooLarge(path, info.Size(), max)
	}
	capacity := info.Size() + 1 // +1 so ReadAll sees EOF without growing
	buf := make([]byte, 0, capacity)
	data, err := readAll(io.LimitReader(f, max+1), buf)
	if err != nil {
		return nil, &PathError{Path: path, Err: fsReason(err)}
	}
	if int64(len(data)) > max {
		return nil, tooLarge(path, int64(len(data)), max)
	}
	return data, nil
}
