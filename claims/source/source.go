// Package source reads article files into Sources: the verbatim text, the
// headline, the publication date and the page furniture that is not part of
// the article.
package source

import "time"

// Span is a half-open byte range [Start, End) into Source.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Where the publication date of a source came from.
const (
	PublishedFromDateline    = "dateline"
	PublishedFromFrontMatter = "front-matter"
	// PublishedFromMetadata is a date the page or record states outside its
	// text: an HTML page's meta tags or JSON-LD, a JSON record's fields.
	PublishedFromMetadata = "metadata"
	PublishedFromNone     = "none"
	// PublishedFromConfig: set by the project's configuration file.
	PublishedFromConfig = "config"
)

// Source is one article as read from disk.
type Source struct {
	// ID is the file's base name; it names the source in every report.
	// A source from a file of many records (JSON, JSON Lines) is named
	// "file#key", key being the record's uri, id or url, or its position.
	ID string
	// Path is the path the file was read from, as given ("-" for standard
	// input).
	Path string
	// Text is the file's content, verbatim (UTF-8); all spans index into it.
	// For HTML and JSON records it is the extracted article instead: the
	// headline, a blank line, then the paragraphs separated by blank lines.
	Text string
	// Body is the part of Text after any YAML front matter.
	Body Span
	// Headline is the first non-empty line of the body that is not page
	// furniture such as a section menu (front matter `title:` wins when
	// present).
	Headline string
	// Published is the publication date at midnight UTC; the zero time when
	// the article states none.
	Published time.Time
	// PublishedFrom says where Published came from: dateline, front-matter,
	// metadata or none.
	PublishedFrom string
	// Outlet and URL come from front matter, page metadata or record
	// fields when present.
	Outlet string
	URL    string
	// Byline names the authors when the page or record states them apart
	// from the text (an HTML byline, a record's authors).
	Byline string
	// Furniture lists byte ranges of page furniture (menus, related-story
	// lists, tags, comment forms, author bios, photo captions and credits,
	// bylines and datelines) that must not yield claims.
	Furniture []Span
}

// HasPublished reports whether the source states its publication date.
func (s *Source) HasPublished() bool { return !s.Published.IsZero() }

// IsFurniture reports whether the byte range [start, end) lies mostly inside
// page furniture.
func (s *Source) IsFurniture(start, end int) bool {
	covered := 0
	for _, f := range s.Furniture {
		lo, hi := max(start, f.Start), min(end, f.End)
		if hi > lo {
			covered += hi - lo
		}
	}
	return end > start && covered*2 > end-start
}
