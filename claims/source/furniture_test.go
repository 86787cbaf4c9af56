package source

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// para is an ordinary article paragraph: two sentences, over thirty words.
const para = "Rescue teams reached the damaged district on Saturday morning and began searching the collapsed buildings for survivors. The regional governor said at least twelve people had been taken to hospital with injuries."

// para2 is a second, different article paragraph.
const para2 = "Officials said the bridge would stay closed for inspection until engineers had checked every support. Residents were told to use the ferry service, which will run every hour until further notice."

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"first line", "Quake strikes coastal city\n\n" + para, "Quake strikes coastal city"},
		{"leading blank lines", "\n\n  Quake strikes coastal city  \n\n" + para, "Quake strikes coastal city"},
		{"menu above", "City\nEpaper\nWorld\n\nQuake strikes coastal city\n\n" + para, "Quake strikes coastal city"},
		{"short headline kept", "Quake\n\nQuake hits\n\n" + para, "Quake"},
		{"markdown heading", "# Quake strikes coastal city\n\n" + para, "Quake strikes coastal city"},
		{"widget above", "Skip to content\nAdvertisement\nQuake strikes coastal city\n\n" + para, "Quake strikes coastal city"},
		{"dateline above", "March 3, 2021\nQuake strikes coastal city\n\n" + para, "Quake strikes coastal city"},
		{"breadcrumb above", "Home > World > Asia\nQuake strikes coastal city\n\n" + para, "Quake strikes coastal city"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Parse("h.txt", "", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if src.Headline != tt.want {
				t.Errorf("headline %q, want %q", src.Headline, tt.want)
			}
		})
	}
}

func TestPublishedFromDateline(t *testing.T) {
	tests := []struct {
		name, text, want string // want "" means undated
	}{
		{"plain date line", "Quake strikes coastal city\nJanuary 11, 2020\n\n" + para, "2020-01-11"},
		{"after release line", "Quake strikes coastal city\nCity Hall\nFor Immediate Release\nJanuary 11, 2020\n\n" + para, "2020-01-11"},
		{"byline bar", "Quake strikes coastal city\n\nBy ANI | Updated: November 26, 2019 09:45 IST\n\n" + para, "2019-11-26"},
		{"date and time", "Quake strikes coastal city\nJanuary 04, 2020 - 20:39\nPosted in:\n\n" + para, "2020-01-04"},
		{"published", "Quake strikes coastal city\nPublished 3 March 2021\n\n" + para, "2021-03-03"},
		{"iso", "Quake strikes coastal city\n2021-03-03\n\n" + para, "2021-03-03"},
		{"guardian style", "Quake strikes coastal city\nMon 3 Mar 2021 14.02 GMT\n\n" + para, "2021-03-03"},
		{"first dateline wins", "Quake strikes coastal city\nPublished 3 March 2021\nUpdated 4 March 2021\n\n" + para, "2021-03-03"},
		{"caption date not taken", "Quake strikes coastal city\n\nFILE PHOTO: Rescuers search rubble in the coastal city, March 1, 2021. REUTERS/Jane Doe/File Photo\n\n" + para, ""},
		{"caption credit only", "Quake strikes coastal city\n\nRescuers search rubble in the coastal city, March 1, 2021. REUTERS/Jane Doe\n\n" + para, ""},
		{"date in sentence not taken", "Quake strikes coastal city\n\nThe quake struck on March 1, 2021, officials said.\n\n" + para, ""},
		{"too far down", "Quake strikes coastal city\n" + strings.Repeat("Short line of prose here.\n", 15) + "March 1, 2021\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Parse("d.txt", "", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if src.HasPublished() || src.PublishedFrom != PublishedFromNone {
					t.Errorf("published %v from %q, want none", src.Published, src.PublishedFrom)
				}
				return
			}
			if got := src.Published.Format(time.DateOnly); got != tt.want || src.PublishedFrom != PublishedFromDateline {
				t.Errorf("published %s from %q, want %s from dateline", got, src.PublishedFrom, tt.want)
			}
		})
	}
}

func TestFurnitureCues(t *testing.T) {
	const head = "Quake strikes coastal city\n\n"
	tests := []struct {
		name string
		text string
		furn []string // lines that must be furniture
		keep []string // lines whose first occurrence must not be
	}{
		{"top menu", "City\nEpaper\nHome\nWorld\n\n" + head + para, []string{"City", "Epaper", "Home", "World"}, []string{"Quake strikes coastal city", para}},
		{"byline", head + "By Jane Doe\n\n" + para, []string{"By Jane Doe"}, []string{para}},
		{"byline bar", head + "By ANI | Updated: November 26, 2019 09:45 IST\n\n" + para, []string{"By ANI | Updated: November 26, 2019 09:45 IST"}, []string{para}},
		{"sentence starting with By", head + para + "\n\nBy Monday, officials said the death toll had risen.\n", nil, []string{"By Monday, officials said the death toll had risen."}},
		{"posted and written by", head + "Posted in:\nWritten By: JaneDoe\n\n" + para, []string{"Posted in:", "Written By: JaneDoe"}, []string{para}},
		{"release and issuer", head + "City Hall\nFor Immediate Release\nJanuary 11, 2020\n\n" + para, []string{"City Hall", "For Immediate Release", "January 11, 2020"}, []string{"Quake strikes coastal city", para}},
		{"agency credit", head + para + "\n\n( With inputs from ANI )\n", []string{"( With inputs from ANI )"}, []string{para}},
		{"reporting credit", head + para + "\n\n(Reporting by Jane Doe; Editing by John Roe)\n", []string{"(Reporting by Jane Doe; Editing by John Roe)"}, []string{para}},
		{"open in app", head + para + "\n\nOpen in App\n\n" + para2, []string{"Open in App"}, []string{para, para2}},
		{"tags", head + para + "\n\nTags: Earthquake, Coast, Rescue\n", []string{"Tags: Earthquake, Coast, Rescue"}, []string{para}},
		{"share read more advertisement", head + "Share this\n" + para + "\nAdvertisement\nRead more\n" + para2 + "\nSubscribe\n", []string{"Share this", "Advertisement", "Read more", "Subscribe"}, []string{para, para2}},
		{"newsletter and translation", head + "Powered by automated translation\n" + para + "\nSign up for our newsletter\nClick here to read the full report\n", []string{"Powered by automated translation", "Sign up for our newsletter", "Click here to read the full report"}, []string{para}},
		{"caption prefixes", head + "FILE PHOTO: Rescuers at work in the city.\nPhoto: Jane Doe\n(Photo by Jane Doe)\nImage: Jane Doe/Agency\n" + para, []string{"FILE PHOTO: Rescuers at work in the city.", "Photo: Jane Doe", "(Photo by Jane Doe)", "Image: Jane Doe/Agency"}, []string{para}},
		{"caption credits", head + "Rescuers search rubble. REUTERS/Jane Doe\nRescuers search rubble. AFP via Getty Images\nRescuers search rubble. (AP Photo/Jane Doe)\nA rescuer at work. Photograph: Jane Doe/Agency\n" + para,
			[]string{"Rescuers search rubble. REUTERS/Jane Doe", "Rescuers search rubble. AFP via Getty Images", "Rescuers search rubble. (AP Photo/Jane Doe)", "A rescuer at work. Photograph: Jane Doe/Agency"}, []string{para}},
		{"poll is not a credit", head + "An AP/NORC poll showed most residents want the bridge rebuilt.\n\nA Reuters/Ipsos poll found the same.\n", nil, []string{"An AP/NORC poll showed most residents want the bridge rebuilt.", "A Reuters/Ipsos poll found the same."}},
		{"slash words are not credits", head + "Thousands are living with HIV/AIDS in the region, the report said. UN/WHO Joint Team\n\nThe new EU/US Trade Council met on Friday.\n", nil,
			[]string{"Thousands are living with HIV/AIDS in the region, the report said. UN/WHO Joint Team", "The new EU/US Trade Council met on Friday."}},
		{"credit shapes", head + "Rescuers at work. EPA-EFE/JANE DOE\nRescuers at work (AFP PHOTO / Jane Doe)\nRescuers at work. XINHUA/Jane Doe\n" + para,
			[]string{"Rescuers at work. EPA-EFE/JANE DOE", "Rescuers at work (AFP PHOTO / Jane Doe)", "Rescuers at work. XINHUA/Jane Doe"}, []string{para}},
		{"related block to end", head + para + "\n\nRelated Articles\n\nOther quake hits island\nMarkets fall on Monday\n", []string{"Related Articles", "Other quake hits island", "Markets fall on Monday"}, []string{para}},
		{"related box mid article", head + para + "\n\nRelated Stories\nOther quake hits island\n\n" + para2, []string{"Related Stories", "Other quake hits island"}, []string{para, para2}},
		{"more from", head + para + "\n\nMore from World\nOther quake hits island\n", []string{"More from World", "Other quake hits island"}, []string{para}},
		{"comment form", head + para + "\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n" + para2, []string{"Leave a Reply", "Your email address will not be published. Required fields are marked *", para2}, []string{para}},
		{"most read and recommended", head + para + "\n\nMost Read\nStory one here\nRecommended\nStory two here\n", []string{"Most Read", "Story one here", "Recommended", "Story two here"}, []string{para}},
		{"author bio first person", head + para + "\n\nJane Doe\n\nA reporter for ten years, I cover science and disasters for the Daily Planet.\n",
			[]string{"Jane Doe", "A reporter for ten years, I cover science and disasters for the Daily Planet."}, []string{para}},
		{"author bio third person", head + para + "\n\nJane Doe\nJane is a reporter who covers the coast.\n", []string{"Jane Doe", "Jane is a reporter who covers the coast."}, []string{para}},
		{"name line without bio", head + para + "\n\nJane Doe\nThe mayor thanked the rescue teams for their work.\n", nil, []string{"Jane Doe", "The mayor thanked the rescue teams for their work."}},
		{"repeated headline", head + "Quake strikes coastal city\n\n" + para, nil, []string{"Quake strikes coastal city", para}},
		{"repeated paragraph", head + para + "\n\n" + para2 + "\n\n" + para + "\n", nil, []string{para2}},
		{"breadcrumb", "Home > World > Asia\n" + head + para, []string{"Home > World > Asia"}, []string{para}},
		{"min read", head + "4 min read\n" + para, []string{"4 min read"}, []string{para}},
		{"sentences that start like widgets", head + para + "\n\nAdvertisement revenue fell by a third in the quarter, the company said.\n\nPowered by strong winds, the fire spread to the port.\n", nil,
			[]string{"Advertisement revenue fell by a third in the quarter, the company said.", "Powered by strong winds, the fire spread to the port."}},
		{"powered by footer", head + para + "\n\nPowered by WordPress\n", []string{"Powered by WordPress"}, []string{para}},
		{"ordinary paragraphs untouched", head + para + "\n\n" + para2 + "\n\nThe mayor said: \"We will rebuild.\"\n", nil, []string{para, para2, "The mayor said: \"We will rebuild.\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Parse("f.txt", "", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			got := furnitureLines(src)
			for _, f := range tt.furn {
				if !slices.Contains(got, f) {
					t.Errorf("%q should be furniture; furniture is %q", f, got)
				}
			}
			for _, k := range tt.keep {
				// the first occurrence must be article text
				if i := strings.Index(src.Text, k); i < 0 || src.IsFurniture(i, i+len(k)) {
					t.Errorf("%q must not be furniture (found at %d)", k, i)
				}
			}
			if tt.name == "repeated headline" || tt.name == "repeated paragraph" {
				checkRepeatMarked(t, src)
			}
		})
	}
}

// checkRepeatMarked asserts that every repeat of an earlier line is
// furniture; callers check that the first occurrence is kept.
func checkRepeatMarked(t *testing.T, src *Source) {
	t.Helper()
	seen := map[string]bool{}
	for _, l := range scanLines(src.Text, src.Body.Start) {
		s := src.Text[l.start:l.end]
		if seen[s] && !src.IsFurniture(l.start, l.end) {
			t.Errorf("repeat %q is not furniture", s)
		}
		seen[s] = true
	}
}

func TestFurnitureSpansSortedMerged(t *testing.T) {
	text := "City\nWorld\n\nQuake strikes coastal city\nBy Jane Doe\n\n" + para + "\n\nAdvertisement\n\n" + para2 + "\n\nTags: A, B\n\nRelated Stories\n\nOne\n\nTwo\n"
	src, err := Parse("s.txt", "", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"City\nWorld", "By Jane Doe", "Advertisement", "Tags: A, B\n\nRelated Stories\n\nOne\n\nTwo"}
	var got []string
	for _, f := range src.Furniture {
		got = append(got, text[f.Start:f.End])
	}
	if !slices.Equal(got, want) {
		t.Errorf("spans %q, want %q", got, want)
	}
}
