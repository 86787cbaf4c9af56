package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64 // 0: an error
	}{
		{"64MiB", 64 << 20},
		{"64 MiB", 64 << 20},
		{"64mib", 64 << 20},
		{"200MB", 200_000_000},
		{"1048576", 1 << 20},
		{"1048576B", 1 << 20},
		{"12 bytes", 12},
		{"2k", 2048},
		{"2kB", 2000},
		{"1.5G", 3 << 29},
		{"1.5GB", 1_500_000_000},
		{"1TiB", 1 << 40},
		{" 5M ", 5 << 20},
		{"", 0},
		{"0", 0},
		{"0MB", 0},
		{"-5MB", 0},
		{"MB", 0},
		{"5 MBs", 0},
		{"5 PB", 0},
		{"1.2.3MB", 0},
		{"0.1", 0},
		{"9223372036854775807", 9223372036854775807},
		{"9223372036854775808", 0},
		{"90000000TB", 0},
		{"1e9", 0},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		switch {
		case tt.want == 0 && err == nil:
			t.Errorf("parseSize(%q) = %d, want an error", tt.in, got)
		case tt.want != 0 && (err != nil || got != tt.want):
			t.Errorf("parseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestFormatSize(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{source.DefaultMaxBytes, "64 MiB"},
		{200_000_000, "200 MB"},
		{201_326_592, "192 MiB"},
		{201_000_123, "201 MB"},
		{67_108_865, "67.1 MB"},
		{1 << 30, "1 GiB"},
		{1000, "1 kB"},
		{1591, "1.6 kB"},
		{999, "999 bytes"},
		{1, "1 bytes"},
	}
	for _, tt := range tests {
		if got := formatSize(tt.in); got != tt.want {
			t.Errorf("formatSize(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every size formatSize writes can be read back by --max-bytes when it is
// exact, so the message's limit can be pasted into the flag.
func TestFormatSizeReadsBack(t *testing.T) {
	for _, n := range []int64{source.DefaultMaxBytes, 200_000_000, 1 << 30, 3 << 20, 5000, 2048} {
		s := strings.ReplaceAll(formatSize(n), " ", "")
		if got, err := parseSize(s); err != nil || got != n {
			t.Errorf("parseSize(formatSize(%d) = %q) = %d, %v", n, s, got, err)
		}
	}
}

// --max-bytes works on every command that reads articles; a file over the
// limit is named with its size, the limit and the flag, and the rest of the
// batch is still read.
func TestMaxBytesFlag(t *testing.T) {
	dir := t.TempDir()
	small := []byte("The quake killed 12 people on Tuesday, officials said.\n")
	big := []byte(strings.Repeat("The quake killed 12 people on Tuesday, officials said. ", 40) + "\n")
	write(t, filepath.Join(dir, "small.txt"), small)
	write(t, filepath.Join(dir, "big.txt"), big)
	tests := []struct {
		name     string
		maxBytes string // "" leaves the flag out
		wantCode int
		wantErr  []string
	}{
		{name: "default limit", wantCode: exitOK},
		{name: "raised limit", maxBytes: "64MiB", wantCode: exitOK},
		{name: "limit in plain bytes above both", maxBytes: "100000", wantCode: exitOK},
		{name: "limit between the files", maxBytes: "1kB", wantCode: exitError,
			wantErr: []string{"big.txt: too large: 2.2 kB (limit 1 kB; raise it with --max-bytes)"}},
		{name: "limit in KiB", maxBytes: "1KiB", wantCode: exitError,
			wantErr: []string{"big.txt: too large: 2.2 kB (limit 1 KiB; raise it with --max-bytes)"}},
		{name: "size rounds to the limit", maxBytes: "2200", wantCode: exitError,
			wantErr: []string{"big.txt: too large: 2201 bytes (limit 2200 bytes; raise it with --max-bytes)"}},
		{name: "limit below both", maxBytes: "10", wantCode: exitError,
			wantErr: []string{"small.txt: too large", "big.txt: too large", "no article could be read"}},
		{name: "not a size", maxBytes: "lots", wantCode: exitError,
			wantErr: []string{`--max-bytes "lots": want a positive size`}},
		{name: "zero", maxBytes: "0", wantCode: exitError, wantErr: []string{"--max-bytes \"0\""}},
	}
	for _, tt := range tests {
		for _, cmd := range []string{"check", "claims", "dates"} {
			t.Run(tt.name+"/"+cmd, func(t *testing.T) {
				args := []string{cmd, "--format", "json", dir}
				if tt.maxBytes != "" {
					args = append(args, "--max-bytes", tt.maxBytes) // after the paths, as users type it
				}
				r := runCLI(args...)
				if r.code != tt.wantCode {
					t.Errorf("exit %d, want %d; stderr %q", r.code, tt.wantCode, r.stderr)
				}
				for _, s := range tt.wantErr {
					if !strings.Contains(r.stderr, s) {
						t.Errorf("stderr %q does not say %q", r.stderr, s)
					}
				}
				if len(tt.wantErr) == 0 && r.stderr != "" {
					t.Errorf("stderr %q, want nothing", r.stderr)
				}
			})
		}
	}
}

// The message keeps the sentinel, so callers can still test for it.
func TestTooLargeWrapsSentinel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.txt")
	write(t, path, []byte(strings.Repeat("The quake killed 12 people. ", 100)))
	_, err := readArticle(path, source.Limits{MaxBytes: 100})
	if !errors.Is(err, source.ErrTooLarge) {
		t.Fatalf("error %v does not wrap ErrTooLarge", err)
	}
	if want := "big.txt: too large: 2.8 kB (limit 100 bytes; raise it with --max-bytes)"; !strings.HasSuffix(err.Error(), want) {
		t.Errorf("error %q, want it to end %q", err, want)
	}
}

// Articles written for these tests, one story in three languages.
const (
	englishBridge = `The bridge over the river collapsed on Tuesday evening, killing 12 people,
the regional governor said. Rescue teams worked through the night, and officials said that at least
30 people had been taken to hospital. The bridge, which was built in 1974, had been inspected
only last year, according to the transport ministry.`

	spanishBridge = `El puente sobre el río se derrumbó el martes por la noche y murieron 12 personas,
según el gobernador de la región. Los equipos de rescate trabajaron durante toda la noche y las
autoridades dijeron que al menos 30 personas fueron trasladadas al hospital. El puente, que fue
construido en 1974, había sido inspeccionado el año pasado, según el ministerio de transporte.`

	germanBridge = `Die Brücke über den Fluss ist am Dienstagabend eingestürzt, dabei wurden nach
Angaben des Gouverneurs der Region 12 Menschen getötet. Die Rettungskräfte arbeiteten die ganze
Nacht, und nach Angaben der Behörden wurden mindestens 30 Menschen in ein Krankenhaus gebracht.
Die Brücke wurde 1974 gebaut und war erst im vergangenen Jahr überprüft worden.`
)

// An article in another language is noted on stderr and left out of the
// report; the exit code stays what the English articles make it.
func TestForeignArticleSkipped(t *testing.T) {
	tests := []struct {
		name        string
		files       map[string]string
		args        []string
		wantCode    int
		wantSources []string
		wantNotes   []string
	}{
		{
			name:        "spanish next to english",
			files:       map[string]string{"en.txt": englishBridge, "es.txt": spanishBridge},
			wantCode:    exitOK,
			wantSources: []string{"en.txt"},
			wantNotes:   []string{"es.txt: skipped: not English (looks like Spanish)"},
		},
		{
			name:        "german and spanish next to english",
			files:       map[string]string{"en.txt": englishBridge, "de.txt": germanBridge, "es.txt": spanishBridge},
			wantCode:    exitOK,
			wantSources: []string{"en.txt"},
			wantNotes:   []string{"de.txt: skipped: not English (looks like German)", "es.txt: skipped: not English (looks like Spanish)"},
		},
		{
			name:     "only foreign articles",
			files:    map[string]string{"de.txt": germanBridge, "es.txt": spanishBridge},
			wantCode: exitOK,
			wantNotes: []string{"de.txt: skipped: not English (looks like German)",
				"es.txt: skipped: not English (looks like Spanish)"},
		},
		{
			name:        "short foreign headline only is not judged",
			files:       map[string]string{"en.txt": englishBridge, "es.txt": "Se derrumba un puente: 12 muertos\n"},
			wantCode:    exitOK,
			wantSources: []string{"en.txt", "es.txt"},
		},
	}
	for _, tt := range tests {
		for _, cmd := range []string{"check", "claims", "dates"} {
			t.Run(tt.name+"/"+cmd, func(t *testing.T) {
				dir := writeArticles(t, tt.files)
				r := runCLI(cmd, "--format", "json", dir)
				if r.code != tt.wantCode {
					t.Errorf("exit %d, want %d; stderr %q", r.code, tt.wantCode, r.stderr)
				}
				for _, s := range tt.wantNotes {
					if !strings.Contains(r.stderr, s) {
						t.Errorf("stderr %q does not say %q", r.stderr, s)
					}
				}
				if len(tt.wantNotes) == 0 && r.stderr != "" {
					t.Errorf("stderr %q, want nothing", r.stderr)
				}
				if got := decodeReport(t, r.stdout).sourceIDs(); strings.Join(got, ",") != strings.Join(tt.wantSources, ",") {
					t.Errorf("sources %v, want %v", got, tt.wantSources)
				}
			})
		}
	}
}

// A skipped article leaves the exit code to the findings: the conflict
// batch still fails with a Spanish article beside it, and an unreadable
// file still makes it 2.
func TestForeignArticleKeepsExitCode(t *testing.T) {
	files := articleFiles(t, conflictDir)
	tests := []struct {
		name     string
		extra    map[string][]byte
		failOn   string
		wantCode int
	}{
		{"conflict with a spanish article", map[string][]byte{"zz-es.txt": []byte(spanishBridge)}, "conflict", exitFindings},
		{"never fails with a spanish article", map[string][]byte{"zz-es.txt": []byte(spanishBridge)}, "never", exitOK},
		{"spanish article and an empty file", map[string][]byte{"zz-es.txt": []byte(spanishBridge), "zz-empty.txt": nil}, "never", exitError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range files {
				write(t, filepath.Join(dir, filepath.Base(f)), read(t, f))
			}
			for name, data := range tt.extra {
				write(t, filepath.Join(dir, name), data)
			}
			r := runCLI("check", "--format", "json", "--fail-on", tt.failOn, dir)
			if r.code != tt.wantCode {
				t.Errorf("exit %d, want %d; stderr %q", r.code, tt.wantCode, r.stderr)
			}
			if !strings.Contains(r.stderr, "zz-es.txt: skipped: not English") {
				t.Errorf("stderr %q does not note the Spanish article", r.stderr)
			}
		})
	}
}
