package source

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the size limit used when Limits.MaxBytes is zero: far
// above any real article, low enough that a stray video or dump named .txt
// is refused before it is read into memory.
const DefaultMaxBytes = 64 << 20

// DefaultMaxRecords is the record limit used when Limits.MaxRecords is
// zero: a day of a busy wire feed is a few thousand records, so a file
// with more is most likely an archive dump that wants the flag on purpose.
const DefaultMaxRecords = 100_000

// Limits bounds what ReadFile and ReadAll accept.
type Limits struct {
	// MaxBytes is the largest file accepted; zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxRecords is the most article records one JSON or JSON Lines file
	// may hold; zero means DefaultMaxRecords.
	MaxRecords int
}

func (l Limits) maxRecords() int {
	if l.MaxRecords <= 0 {
		return DefaultMaxRecords
	}
	return l.MaxRecords
}

func (l Limits) maxBytes() int64 {
	if l.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return l.MaxBytes
}

// ReadFile reads one article from disk and parses it. Errors name the file
// and the reason (see the Err... values).
func ReadFile(path string, lim Limits) (*Source, error) {
	data, err := readLimited(path, lim.maxBytes())
	if err != nil {
		return nil, err
	}
	return Parse(baseName(path), path, data)
}

// readAll is io.ReadAll into a buffer sized from Stat, so a large article
// is read without repeated growing and copying.
func readAll(r io.Reader, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// readSized reads a regular file that fstat found to hold size bytes, at
// most max, asking for one byte more than size: a read of a regular file
// returns fewer bytes than asked only at its end, so a first read that
// brings exactly size bytes has read the whole file, without the second
// read that would only return its end (one system call per article of a
// batch). A file that grew since fstat fills the buffer, and one that
// shrank comes back short of size: both are read on to their end, held to
// max, as readAll reads any file.
func readSized(r io.Reader, size, max int64) ([]byte, error) {
	buf := make([]byte, size+1)
	n, err := r.Read(buf)
	switch {
	case err == nil && int64(n) == size:
		return buf[:n], nil
	case errors.Is(err, io.EOF):
		return buf[:n], nil
	case err != nil:
		return buf[:n], err
	}
	return readAll(io.LimitReader(r, max+1-int64(n)), buf[:n])
}

func tooLarge(path string, size, max int64) error {
	detail := fmt.Sprintf("%d bytes, limit %d", size, max)
	if size > max && size == max+1 {
		detail = fmt.Sprintf("more than %d bytes", max)
	}
	return &PathError{Path: path, Err: ErrTooLarge, Detail: detail}
}

// baseName is filepath.Base without its odd answers for "" and "/": an ID
// must never be empty or a bare separator.
func baseName(path string) string {
	trimmed := strings.TrimRight(path, `/\`)
	if i := strings.LastIndexAny(trimmed, `/\`); i >= 0 {
		trimmed = trimmed[i+1:]
	}
	if trimmed == "" {
		return path
	}
	return trimmed
}

// Parse builds a Source from bytes already read. id names the source in
// reports; path is only used in messages (it may be empty).
func Parse(id, path string, data []byte) (*Source, error) {
	name := path
	if name == "" {
		name = id
	}
	if err := checkText(data); err != nil {
		err.Path = name
		return nil, err
	}
	return parseText(id, path, string(data))
}

// parseText is Parse of a text that checkText has passed.
func parseText(id, path, text string) (*Source, error) {
	name := path
	if name == "" {
		name = id
	}
	src := &Source{ID: id, Path: path, Text: text, PublishedFrom: PublishedFromNone}
	bodyStart := skipBOM(src.Text)
	meta, bodyStart, err := splitFrontMatter(src.Text, bodyStart)
	if err != nil {
		err.Path = name
		return nil, err
	}
	src.Body = Span{Start: bodyStart, End: len(src.Text)}
	if strings.TrimSpace(src.Text[bodyStart:]) == "" {
		return nil, &PathError{Path: name, Err: ErrWhitespace, Detail: "no article text after the front matter"}
	}
	if err := analyseBody(src); err != nil {
		err.Path = name
		return nil, err
	}
	meta.applyTo(src)
	return src, nil
}

// analyseBody finds the furniture, headline and dateline of src's body.
// Every format ends here, so a page read from HTML or JSON is analysed
// exactly like the same text in a .txt file.
func analyseBody(src *Source) *PathError {
	page := analysePage(src.Text, src.Body.Start)
	if !page.hasArticleText {
		return &PathError{Err: ErrOnlyFurniture}
	}
	src.Furniture = page.furniture
	src.Headline = page.headline
	if !page.published.IsZero() {
		src.Published, src.PublishedFrom = page.published, PublishedFromDateline
	}
	return nil
}

// skipBOM returns the offset after a UTF-8 byte order mark: Text keeps it
// verbatim, but the body, front matter and first line start after it.
func skipBOM(text string) int {
	if strings.HasPrefix(text, "\uFEFF") {
		return len("\uFEFF")
	}
	return 0
}

// checkText refuses what is not an article in UTF-8 text. Order matters:
// UTF-16 is tested before NUL bytes because its ASCII is full of them.
func checkText(data []byte) *PathError {
	if len(data) == 0 {
		return &PathError{Err: ErrEmpty}
	}
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return &PathError{Err: ErrUTF16, Detail: "starts with a UTF-16 byte order mark"}
	}
	controls, nul := countControls(data)
	if nul >= 0 {
		return &PathError{Err: ErrBinary, Detail: fmt.Sprintf("NUL byte at offset %d", nul)}
	}
	if controls*10 > len(data) {
		return &PathError{Err: ErrBinary, Detail: "mostly control characters"}
	}
	if !utf8.Valid(data) {
		off, invalid := firstInvalidUTF8(data)
		if invalid*3 > min(len(data), sniffBytes) {
			return &PathError{Err: ErrBinary, Detail: "mostly bytes that are not text"}
		}
		return &PathError{Err: ErrNotUTF8, Detail: fmt.Sprintf("invalid byte 0x%02X at offset %d", data[off], off)}
	}
	if isAllSpace(data) {
		return &PathError{Err: ErrWhitespace}
	}
	return nil
}

// sniffBytes is how much of a non-UTF-8 file is sampled to decide between
// "binary" and "text in another encoding".
const sniffBytes = 4096

// countControls counts C0 control bytes that never occur in text (tab,
// newline, carriage return and form feed do) and reports the offset of the
// first NUL, or -1.
//
// Thirty-two bytes at a time are first tested together, exactly, for a
// control byte other than a newline (strayControls on four words, OR-ed:
// about 2 instructions a byte where a test and a branch per eight bytes
// took 4.4, callgrind over the 1 MB batch); only blocks that hold one, a
// tab or a carriage return at most in text, are counted byte by byte.
// The tail goes eight bytes at a time, as the blocks once did.
func countControls(data []byte) (controls, firstNUL int) {
	firstNUL = -1
	i := 0
	for ; i+32 <= len(data); i += 32 {
		b := data[i : i+32 : i+32]
		if strayControls(binary.LittleEndian.Uint64(b))|strayControls(binary.LittleEndian.Uint64(b[8:]))|
			strayControls(binary.LittleEndian.Uint64(b[16:]))|strayControls(binary.LittleEndian.Uint64(b[24:])) == 0 {
			continue
		}
		n, nul := countControlBytes(b)
		controls += n
		if nul >= 0 && firstNUL < 0 {
			firstNUL = i + nul
		}
	}
	for ; i+8 <= len(data); i += 8 {
		if w := binary.LittleEndian.Uint64(data[i:]); !mayHoldControl(w) || onlyNewlineControls(w) {
			continue
		}
		n, nul := countControlBytes(data[i : i+8])
		controls += n
		if nul >= 0 && firstNUL < 0 {
			firstNUL = i + nul
		}
	}
	n, nul := countControlBytes(data[i:])
	controls += n
	if nul >= 0 && firstNUL < 0 {
		firstNUL = i + nul
	}
	return controls, firstNUL
}

// mayHoldControl reports whether one of w's bytes is below 0x20 or is
// 0x7F; it never misses one (a byte of 0x80 or more never counts).
func mayHoldControl(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (w - 0x20*ones) &^ w & highs
	del := w ^ 0x7F*ones
	return below|((del-ones)&^del&highs) != 0
}

// onlyNewlineControls reports whether the only bytes of w below 0x20 are
// newlines and none is 0x7F: text has a newline every line, and a word
// with one would otherwise be counted byte by byte.
func onlyNewlineControls(w uint64) bool {
	return strayControls(w) == 0
}

// strayControls has the high bit set of each byte of w that is below 0x20
// but no newline, or is 0x7F. The tests are exact per byte: the high bits
// are set aside first, so no sum carries into the next byte. With xl the
// byte xor '\n' (below 0x20 exactly when the byte is, zero only for a
// newline), xl+0x60 reaches 0x80 when the byte is 0x20 or more, xl+0x7F
// when it is no newline, and the byte+1 when it is 0x7F: nine operations
// where three separate tests took fifteen.
func strayControls(w uint64) uint64 {
	const ones, lows, highs = 0x0101010101010101, 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	wl := w & lows
	xl := wl ^ 0x0A0A0A0A0A0A0A0A
	atLeastSpace := xl + 0x6060606060606060
	notNewline := xl + lows
	isDel := wl + ones
	return (notNewline&^atLeastSpace | isDel) &^ w & highs
}

// countControlBytes is countControls byte by byte.
func countControlBytes(data []byte) (controls, firstNUL int) {
	firstNUL = -1
	for i, c := range data {
		if c >= 0x20 {
			if c == 0x7F {
				controls++
			}
			continue
		}
		switch c {
		case '\t', '\n', '\r', '\f':
			continue
		case 0:
			if firstNUL < 0 {
				firstNUL = i
			}
		}
		controls++
	}
	return controls, firstNUL
}

// firstInvalidUTF8 returns the offset of the first byte that does not
// start a valid UTF-8 sequence, and how many invalid bytes the first
// sniffBytes hold.
func firstInvalidUTF8(data []byte) (first, invalidInSample int) {
	first = -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			if i < sniffBytes {
				invalidInSample++
			} else {
				break
			}
		}
		i += n
	}
	return first, invalidInSample
}

// isAllSpace reports whether valid UTF-8 data holds only white space,
// counting the no-break and zero-width spaces that scrapers leave behind.
func isAllSpace(data []byte) bool {
	for i := 0; i < len(data); {
		n := spaceLen(data[i:])
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}
