package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/source"
)

// maxBytesFlag raises (or lowers) the size limit of one article file. The
// default refuses a stray video or database dump named .txt before it is
// read into memory; a real archive page larger than that needs the flag.
var maxBytesFlag = &cli.StringFlag{
	Name:  "max-bytes",
	Value: strings.ReplaceAll(formatSize(source.DefaultMaxBytes), " ", ""),
	Usage: "largest article file to read, as `SIZE` in bytes or with a unit: 64MiB, 200MB",
}

// maxRecordsFlag raises (or lowers) how many article records one JSON or
// JSON Lines file may hold. The default is far above a day of any wire
// feed; an archive dump needs the flag on purpose.
var maxRecordsFlag = &cli.IntFlag{
	Name:  "max-records",
	Value: source.DefaultMaxRecords,
	Usage: "most article records to read from one JSON or JSON Lines file",
}

// limitsFrom reads the input limits of a command from its flags.
func limitsFrom(c *cli.Context) (source.Limits, error) {
	lim := source.Limits{MaxBytes: source.DefaultMaxBytes, MaxRecords: source.DefaultMaxRecords}
	if c.IsSet(maxRecordsFlag.Name) {
		if lim.MaxRecords = c.Int(maxRecordsFlag.Name); lim.MaxRecords <= 0 {
			return source.Limits{}, fmt.Errorf("--%s %d: want a positive number of records", maxRecordsFlag.Name, lim.MaxRecords)
		}
	}
	if !c.IsSet(maxBytesFlag.Name) {
		return lim, nil
	}
	n, err := parseSize(c.String(maxBytesFlag.Name))
	if err != nil {
		return source.Limits{}, fmt.Errorf("--%s %q: %w", maxBytesFlag.Name, c.String(maxBytesFlag.Name), err)
	}
	lim.MaxBytes = n
	return lim, nil
}

// sizeUnits are the units --max-bytes accepts, lower case. Single letters
// are binary, as in dd and sort -S; "MB" is decimal, as disks are sold.
var sizeUnits = map[string]int64{
	"": 1, "b": 1, "byte": 1, "bytes": 1,
	"k": 1 << 10, "kib": 1 << 10, "kb": 1e3,
	"m": 1 << 20, "mib": 1 << 20, "mb": 1e6,
	"g": 1 << 30, "gib": 1 << 30, "gb": 1e9,
	"t": 1 << 40, "tib": 1 << 40, "tb": 1e12,
}

var errBadSize = errors.New("want a positive size such as 64MiB, 200MB or 1048576")

// parseSize reads a size in bytes: a number, optionally with a fraction,
// then an optional unit ("64MiB", "200 MB", "1.5G", "1048576").
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	end := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if end < 0 {
		end = len(s)
	}
	number, unit := s[:end], strings.ToLower(strings.TrimSpace(s[end:]))
	mult, ok := sizeUnits[unit]
	if !ok || number == "" {
		return 0, errBadSize
	}
	if !strings.Contains(number, ".") {
		n, err := strconv.ParseInt(number, 10, 64)
		if err != nil || n <= 0 || n > math.MaxInt64/mult {
			return 0, errBadSize
		}
		return n * mult, nil
	}
	f, err := strconv.ParseFloat(number, 64)
	size := f * float64(mult)
	if err != nil || size < 1 || size >= math.MaxInt64 {
		return 0, errBadSize
	}
	return int64(size), nil
}

// formatSize writes a byte count for people: in the unit it is a whole
// multiple of ("64 MiB", "200 MB"), else rounded in decimal units.
func formatSize(n int64) string {
	exact := []struct {
		unit string
		size int64
	}{{"GiB", 1 << 30}, {"GB", 1e9}, {"MiB", 1 << 20}, {"MB", 1e6}, {"KiB", 1 << 10}, {"kB", 1e3}}
	for _, u := range exact {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d %s", n/u.size, u.unit)
		}
	}
	approx := []struct {
		unit string
		size float64
	}{{"GB", 1e9}, {"MB", 1e6}, {"kB", 1e3}}
	for _, u := range approx {
		if v := float64(n) / u.size; v >= 1 {
			if v >= 100 {
				return fmt.Sprintf("%.0f %s", v, u.unit)
			}
			return fmt.Sprintf("%.1f %s", v, u.unit)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}

// readArticles reads every article of one file within the limits, and
// leaves out articles not in English: the extractors read English, and a
// Spanish or German article read as English yields wrong claims, which
// are worse than none. Refusals are *skipped notes, not errors.
func readArticles(path string, lim source.Limits) ([]*source.Source, []error) {
	srcs, errs := source.ReadAll(path, lim)
	return keepEnglish(srcs, explainLimits(errs, path, lim))
}

// readArticle reads a file that holds one article (text, Markdown or an
// HTML page); the first error wins.
func readArticle(path string, lim source.Limits) (*source.Source, error) {
	srcs, errs := readArticles(path, lim)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	if len(srcs) == 0 {
		return nil, &source.PathError{Path: path, Err: source.ErrNoText}
	}
	return srcs[0], nil
}

// keepEnglish drops the sources whose text is not English, adding a note
// for each to errs.
func keepEnglish(srcs []*source.Source, errs []error) ([]*source.Source, []error) {
	kept := srcs[:0]
	for _, src := range srcs {
		if g := lang.Screen(src.Text[src.Body.Start:src.Body.End]); !g.English {
			errs = append(errs, &skipped{path: sourceName(src), reason: "not English (looks like " + g.Language + ")"})
			continue
		}
		kept = append(kept, src)
	}
	return kept, errs
}

// sourceName names a source in a message: its path, with the record's
// key for a source that is one record of a file.
func sourceName(src *source.Source) string {
	if i := strings.IndexByte(src.ID, '#'); i >= 0 {
		if src.Path == source.StdinPath {
			return src.ID
		}
		return src.Path + src.ID[i:]
	}
	return src.Path
}

// explainLimits rewrites the reader's errors for a person at a terminal:
// a limit says how to raise it, and a record in another language is a
// skipped note like any article in another language.
func explainLimits(errs []error, path string, lim source.Limits) []error {
	for i, err := range errs {
		var pe *source.PathError
		switch {
		case errors.Is(err, source.ErrTooLarge) && path != source.StdinPath:
			errs[i] = tooLarge(path, lim.MaxBytes)
		case errors.Is(err, source.ErrTooManyRecords) && errors.As(err, &pe):
			pe.Detail += "; raise the limit with --" + maxRecordsFlag.Name
		case errors.Is(err, source.ErrNotEnglish) && errors.As(err, &pe):
			errs[i] = &skipped{path: pe.Path, reason: "not English (" + pe.Detail + ")"}
		}
	}
	return errs
}

// tooLarge says how large the file is, what the limit is and how to raise
// it, in units a person reads at a glance. It still wraps
// source.ErrTooLarge.
func tooLarge(path string, limit int64) error {
	if limit <= 0 {
		limit = source.DefaultMaxBytes
	}
	size, lim := "more than "+formatSize(limit), formatSize(limit)
	if info, err := os.Stat(path); err == nil && info.Size() > limit {
		size = formatSize(info.Size())
		if size == lim { // rounded to the same figure: say it in bytes
			size, lim = fmt.Sprintf("%d bytes", info.Size()), fmt.Sprintf("%d bytes", limit)
		}
	}
	detail := fmt.Sprintf("%s (limit %s; raise it with --%s)", size, lim, maxBytesFlag.Name)
	return &source.PathError{Path: path, Err: source.ErrTooLarge, Detail: detail}
}

// skipped is a file that was read but left out on purpose. It is reported
// like an error but does not change the exit code.
type skipped struct {
	path, reason string
}

func (s *skipped) Error() string { return s.path + ": skipped: " + s.reason }

// reportInputs prints every input problem on w, in order, and returns the
// ones that are errors: notes of skipped files are only told.
func reportInputs(w io.Writer, errs []error) []error {
	var real []error
	for _, err := range errs {
		fmt.Fprintf(w, "claimcheck: %v\n", err)
		var note *skipped
		if !errors.As(err, &note) {
			real = append(real, err)
		}
	}
	return real
}
