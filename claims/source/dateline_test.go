package source

import (
	"testing"
	"time"
)

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		name string
		line string
		want string // 2006-01-02, or "" when the line is not a dateline
	}{
		{"month day year", "January 11, 2020", "2020-01-11"},
		{"byline bar", "By ANI | Updated: November 26, 2019 09:45 IST", "2019-11-26"},
		{"date dash time", "January 04, 2020 - 20:39", "2020-01-04"},
		{"published day month year", "Published 3 March 2021", "2021-03-03"},
		{"iso", "2021-03-03", "2021-03-03"},
		{"iso timestamp", "2021-03-03T14:02:00Z", "2021-03-03"},
		{"weekday and dotted time", "Mon 3 Mar 2021 14.02 GMT", "2021-03-03"},
		{"updated prefix", "Updated: November 26, 2019 09:45 IST", "2019-11-26"},
		{"abbreviated month with dot", "Nov. 26, 2019, 9:45 a.m. ET", "2019-11-26"},
		{"last updated", "Last Updated : Nov 26, 2019, 09:45 AM IST", "2019-11-26"},
		{"weekday long", "Tuesday, November 26, 2019", "2019-11-26"},
		{"posted on by author", "Posted on January 5, 2020 by admin", "2020-01-05"},
		{"ordinal day", "5th January 2020", "2020-01-05"},
		{"zone offset", "January 5, 2020 10:00 GMT+1", "2020-01-05"},
		{"label segment", "Reuters | January 5, 2020 | 3 min read", "2020-01-05"},
		{"caption date", "A man carries a picture during a demonstration in Benghazi, Libya April 12, 2019. REUTERS/Esam Omran Al-Fetori/File Photo", ""},
		{"sentence with date", "Officials met on January 9, 2020.", ""},
		{"no year", "January 11", ""},
		{"ambiguous numeric", "03/04/2021", ""},
		{"impossible day", "February 30, 2020", ""},
		{"year out of range", "January 1, 1066", ""},
		{"sentence segment", "By ANI | The officials met in Rome on the ninth and agreed. | January 5, 2020", ""},
		{"zone before time", "IST January 5, 2020", ""},
		{"empty", "", ""},
		{"headline", "US officials, Libyan parties meet in Rome", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseDateLine(tt.line)
			if tt.want == "" {
				if ok {
					t.Fatalf("parseDateLine(%q) = %s, want no date", tt.line, got.Format(time.DateOnly))
				}
				return
			}
			if !ok || got.Format(time.DateOnly) != tt.want {
				t.Fatalf("parseDateLine(%q) = %s, %v; want %s", tt.line, got.Format(time.DateOnly), ok, tt.want)
			}
			if got.Location() != time.UTC || got.Hour() != 0 {
				t.Errorf("date %v is not midnight UTC", got)
			}
		})
	}
}

// Datelines that name their place first, numeric dates whose order is
// unambiguous, and a wire dateline opening the first paragraph.
func TestPlaceAndNumericDatelines(t *testing.T) {
	cases := []struct {
		line string
		want string
		lede bool
	}{
		{"Lilongwe, 19th March 2024", "2024-03-19", false},
		{"Valencia, 12 June 2025", "2025-06-12", false},
		{"Gothenburg, Sweden - 4 June 2024", "2024-06-04", false},
		{"19/06/2025", "2025-06-19", false},
		{"Published on 15/10/2023 at 11:20", "2023-10-15", false},
		{"03/04/2021", "", false},
		{"VALENCIA, Spain, June 12, 2025 - A Spanish court on Thursday sentenced a man.", "2025-06-12", true},
		{"BUCHAREST, Sept 29 (Press) - Nearly 25,000 people rallied.", "", true},
		{"In Rome, 12 June 2025 - no", "", false},
	}
	for _, c := range cases {
		parse := parseDateLine
		if c.lede {
			parse = parseLedeDateline
		}
		got, ok := parse(c.line)
		if c.want == "" {
			if ok {
				t.Errorf("%q: got %s, want no date", c.line, got.Format("2006-01-02"))
			}
			continue
		}
		if !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("%q: got %v %v, want %s", c.line, got, ok, c.want)
		}
	}
}

// TestMayStartDateWord holds mayStartDate's shortcut for a first word of
// letters to the general path, on words of every kind a dateline or a
// sentence starts with.
func TestMayStartDateWord(t *testing.T) {
	words := []string{"The", "the", "A", "Updated", "UPDATED", "published", "On", "at", "Monday", "mon", "Thurs",
		"March", "MAY", "sept", "Sep", "am", "PM", "hrs", "h", "Officials", "Zanele", "x", "Wednesdays",
		"Septemberish", "internationalisation", "dated", "Date", "last", "first", "modified", "by"}
	tails := []string{"", " 3 March 2021", "\t12:00", ", 2021", ": 2021", ". 2021", "\u00a0May", "s"}
	heads := []string{"", " ", "\t ", "\u00a0", "(", "\v"}
	for _, w := range words {
		for _, tail := range tails {
			for _, head := range heads {
				seg := head + w + tail
				if got, want := mayStartDate(seg), mayStartDateFields(seg); got != want {
					t.Errorf("mayStartDate(%q) = %v, want %v", seg, got, want)
				}
			}
		}
	}
}
