package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadLimitedPipe: readLimited on Linux reads by system calls; a named
// pipe reports no size, so its bytes are read to the end and held to the
// limit while reading, as through an *os.File.
func TestReadLimitedPipe(t *testing.T) {
	article := "Quake strikes city\n\n" + strings.Repeat("Rescuers searched the rubble on Tuesday. ", 400)
	tests := []struct {
		name    string
		max     int64
		wantErr error
	}{
		{"within the limit", int64(len(article)), nil},
		{"over the limit", int64(len(article)) - 1, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "pipe.txt")
			if err := syscall.Mkfifo(path, 0o600); err != nil {
				t.Skip("no named pipes here:", err)
			}
			go func() {
				f, err := os.OpenFile(path, os.O_WRONLY, 0)
				if err != nil {
					return
				}
				defer f.Close()
				f.WriteString(article)
			}()
			data, err := readLimited(path, tt.max)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err == nil && string(data) != article {
				t.Fatalf("read %d bytes, want the %d written", len(data), len(article))
			}
		})
	}
}
