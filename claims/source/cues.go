package source

import "strings"

// cue says why a line is page furniture. Only cueNone lines are article
// text; the kinds are kept apart so tests can tell which rule fired.
type cue uint8

const (
	cueNone          cue = iota
	cueNav               // section menu above the headline
	cueBreadcrumb        // "Home > World > Africa"
	cueByline            // "By NAME", "Written By:", "Posted in:"
	cueDateline          // a line that is only a date
	cueRelease           // "For Immediate Release" and the issuer above it
	cueCredit            // "( With inputs from AGENCY )", "Reporting by ..."
	cueWidget            // "Open in App", "Tags: ...", "Share this", ...
	cueCaption           // photo captions and credits
	cueRelatedMarker     // "Related Stories": a list of other stories follows
	cueCommentMarker     // "Leave a Reply": comments follow to the end
	cueTrailing          // a line inside a related or comment block
	cueBio               // author name and bio at the end
	cueRepeat            // exact repeat of an earlier line
)

// maxShortLine bounds the lines tested against the short-line cues: menu
// items, bylines and widgets are never paragraphs.
const maxShortLine = 200

// lineCue classifies one trimmed line by its own text. Rules that need
// neighbours (menus, issuers, blocks, bios, repeats) run later.
func lineCue(s string) cue {
	return lineCueIn(s, &anyText)
}

// textHints says which of the rare marks that some line rules search
// every line for occur anywhere in a body. A rule whose mark the body
// lacks cannot fire on any of its lines, and one search of the body costs
// less than a search per line: each search call costs more than the
// bytes it skips (callgrind). Phrases hunted through a letter that prose
// is full of ("contributed" through 'b') are not here: searching a whole
// body for them cost as much as searching the short lines their rules
// test. "ights reserved" is, through 'v' and 'V': 2.0M instructions for
// the bodies of the 1 MB batch against 2.7M for their short lines.
type textHints struct {
	rights  bool // "ights reserved" in any of isWidgetLine's cases
	apPhoto bool // "AP Photo"
	colon   bool // ':', which a labelled photo credit needs
	slash   bool // '/', which an agency photo credit needs
	arrow   bool // '>', "»" or "›", which a breadcrumb needs
}

// anyText is the hints of a text that may hold every phrase: lineCue
// alone, without a body, tests every rule in full.
var anyText = textHints{rights: true, apPhoto: true, colon: true, slash: true, arrow: true}

// hintsOf searches a body once for each phrase of textHints. None of the
// phrases holds a line break, so one that a line holds is in its body.
func hintsOf(body string) textHints {
	return textHints{
		rights:  hasRightsReserved(body),
		apPhoto: containsAt(body, "AP Photo", 1),
		colon:   strings.IndexByte(body, ':') >= 0,
		slash:   strings.IndexByte(body, '/') >= 0,
		arrow:   strings.IndexByte(body, '>') >= 0 || strings.Contains(body, "»") || strings.Contains(body, "›"),
	}
}

// hasRightsReserved finds "Copyright 2023 Example Wire. All rights
// reserved." in any of its usual cases.
func hasRightsReserved(s string) bool {
	return containsAnyAt(s, 11, "ights reserved", "ights Reserved") || containsAt(s, "IGHTS RESERVED", 11)
}

// hasContributed finds the phrases of an agency's contribution credit.
func hasContributed(s string) bool {
	return containsAnyAt(s, 6, "contributed to this report", "contributed reporting")
}

// lineCueIn is lineCue for a line of a body with hints h.
func lineCueIn(s string, h *textHints) cue {
	if isCaption(s, h) {
		return cueCaption
	}
	if hasPrefixFold(s, "tags:") || hasPrefixFold(s, "tag:") || hasPrefixFold(s, "topics:") ||
		hasPrefixFold(s, "keywords:") || hasPrefixFold(s, "filed under:") {
		return cueWidget
	}
	if len(s) > maxShortLine {
		return cueNone
	}
	if c, ok := phraseCue(s); ok {
		return c
	}
	switch {
	case isWidgetLine(s, h):
		return cueWidget
	case isCommentMarker(s):
		return cueCommentMarker
	case isRelatedMarker(s):
		return cueRelatedMarker
	case isByline(s):
		return cueByline
	case isCreditLine(s):
		return cueCredit
	case isBreadcrumb(s, h):
		return cueBreadcrumb
	}
	return cueNone
}

// phraseCue looks a whole short line up in phraseCues, lower-cased and
// without the trailing ':' or arrow some sites add, so "Related Stories:"
// and "RELATED STORIES »" meet one key. The key is built in a stack buffer
// and converted inside the index expression, which Go does without
// allocating.
func phraseCue(s string) (cue, bool) {
	s = trimPhraseEnd(s)
	if len(s) > maxPhrase || s == "" {
		return cueNone, false
	}
	var buf [maxPhrase]byte
	for i := 0; i < len(s); i++ {
		buf[i] = lowerASCII(s[i])
	}
	c, ok := phraseCues[string(buf[:len(s)])]
	return c, ok
}

// phraseTrim is what phraseCue trims from the end of a line.
const phraseTrim = " :.|>»›…"

// trimPhraseEnd is strings.TrimRight(s, phraseTrim) without its rune-by-
// rune path, which a cutset of several-byte characters takes: most lines
// end in a full stop, so phraseCue trims nearly every line.
func trimPhraseEnd(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == ':' || c == '.' || c == '|' || c == '>':
			s = s[:len(s)-1]
		case c < 0x80:
			return s
		case strings.HasSuffix(s, "»"):
			s = s[:len(s)-len("»")]
		case strings.HasSuffix(s, "›"):
			s = s[:len(s)-len("›")]
		case strings.HasSuffix(s, "…"):
			s = s[:len(s)-len("…")]
		default:
			return s
		}
	}
	return s
}

// maxPhrase is the longest phrase in phraseCues, with room to spare.
const maxPhrase = 48

// phraseCues maps whole-line phrases (lower case) to their cue.
var phraseCues = func() map[string]cue {
	m := map[string]cue{}
	for _, p := range []string{
		"open in app", "share", "share this", "share this article", "share this story",
		"share this post", "share on facebook", "share on twitter", "share on whatsapp",
		"share on linkedin", "share via email", "tweet", "email", "print", "whatsapp",
		"facebook", "twitter", "linkedin", "telegram", "copy link", "link copied",
		"read more", "read full story", "read the full story", "continue reading",
		"advertisement", "advertisements", "sponsored", "sponsored content", "subscribe",
		"subscribe now", "sign up", "sign up for our newsletter", "newsletter",
		"powered by automated translation", "click here", "skip to content",
		"skip to main content", "skip to navigation", "menu", "main menu", "search",
		"home", "sign in", "log in", "login", "register", "toggle navigation",
		"back to top", "listen", "listen to this article", "follow us", "follow",
		"close", "next", "previous", "next article", "previous article", "next story",
		"previous story", "see all", "view all", "show more", "load more", "loading",
		"download the app", "get the app", "epaper", "e-paper", "live tv", "story continues below",
		"article continues below", "scroll to continue", "report an error", "feedback",
		"reuse this content", "reply",
	} {
		m[p] = cueWidget
	}
	for _, p := range []string{
		"related", "related articles", "related stories", "related posts", "related news",
		"related content", "related coverage", "related topics", "related reading",
		"more stories", "more news", "more on this story", "more from this section",
		"most read", "most popular", "most viewed", "popular", "popular stories",
		"recommended", "recommended for you", "recommended stories", "you may also like",
		"you might also like", "also read", "read next", "what to read next",
		"trending", "trending now", "latest news", "latest stories", "top stories",
		"editor's picks", "editors' picks", "don't miss", "in other news", "read also",
		"more like this", "further reading", "see also", "topics", "tags",
		"more on this topic", "explore more on these topics",
	} {
		m[p] = cueRelatedMarker
	}
	for _, p := range []string{
		"leave a reply", "leave a comment", "comments", "comment", "post a comment",
		"add a comment", "write a comment", "join the conversation", "show comments",
		"view comments", "about the author", "about the writer",
		"cancel reply", "reader comments",
	} {
		m[p] = cueCommentMarker
	}
	for _, p := range []string{
		"staff and agencies", "agencies", "staff reporter", "staff writer", "news desk",
		"web desk", "online desk", "news service", "wire services", "agency reports",
	} {
		m[p] = cueByline
	}
	for _, p := range []string{
		"for immediate release", "immediate release", "press release", "media release",
		"news release", "for release",
	} {
		m[p] = cueRelease
	}
	return m
}()

// widgetPrefixes start short lines that are sharing, subscription or
// reading-list widgets rather than prose. Each is a prefix no article
// sentence starts with; "Advertisement" or "Powered by" are not here
// because "Advertisement revenue fell ..." is a sentence (the whole-line
// phrases are in phraseCues).
var widgetPrefixes = newPrefixSet(
	"read more:", "read also:", "also read:", "also read |", "see also:", "click here",
	"subscribe to", "sign up for", "sign up to", "follow us on", "share this",
	"share on ", "download the", "get the latest", "open in app",
	"copyright ©", "copyright (c)", "©", "all rights reserved",
	"(this story has not been edited", "disclaimer:",
)

func isWidgetLine(s string, h *textHints) bool {
	if widgetPrefixes.match(s) {
		return wordCount(s, 31) <= 30
	}
	// "Copyright 2023 Example Wire. All rights reserved."
	if h.rights && hasRightsReserved(s) && wordCount(s, 21) <= 20 {
		return true
	}
	// "Powered by WordPress", but not "Powered by strong winds, the fire ..."
	if hasPrefixFold(s, "powered by ") {
		return wordCount(s, 6) <= 5 && !endsSentence(s) && !strings.Contains(s, ",")
	}
	// "4 min read", "2 mins read"; no rune but 'd' and 'D' folds to 'd',
	// so the last byte tells first
	if s == "" || s[len(s)-1] != 'd' && s[len(s)-1] != 'D' {
		return false
	}
	return (hasSuffixFold(s, "min read") || hasSuffixFold(s, "mins read") || hasSuffixFold(s, "minute read")) && wordCount(s, 6) <= 5
}

// isCommentMarker catches comment-form openers that carry text after them
// ("Your email address will not be published. Required fields ...").
func isCommentMarker(s string) bool {
	if hasPrefixFold(s, "your email address will not be published") ||
		hasPrefixFold(s, "you must be logged in to post") {
		return true
	}
	// "12 Comments", "0 comments": the count is the line's first word, so
	// a line that does not start with a digit is refused before it is cut.
	if s == "" || !isDigit(s[0]) {
		return false
	}
	num, rest, ok := strings.Cut(s, " ")
	return ok && allDigits(num) && (strings.EqualFold(rest, "comments") || strings.EqualFold(rest, "comment") || strings.EqualFold(rest, "responses"))
}

// isRelatedMarker catches "More from <section>" headers, which the phrase
// map cannot list.
func isRelatedMarker(s string) bool {
	return hasPrefixFold(s, "more from ") && wordCount(s, 8) <= 6 && !endsSentence(s)
}

var bylinePrefixes = newPrefixSet(
	"written by", "posted in", "posted by", "posted on", "published by", "published on",
	"published:", "updated:", "updated on", "last updated", "first published",
	"author:", "authors:", "reporter:", "by:", "story by", "words by", "reported by",
)

// isByline accepts author and posting lines: "By NAME", "By NAME | Updated:
// ...", "Written By: NAME", "Posted in:". A sentence that starts with "By"
// ("By Monday, officials said ...") ends with a full stop or runs long.
func isByline(s string) bool {
	if endsSentence(s) && !strings.Contains(s, "|") {
		return false
	}
	if hasPrefixFold(s, "by ") && len(s) > 3 {
		if head, _, ok := strings.Cut(s, "|"); ok {
			return wordCount(head, 8) <= 6
		}
		return !isLowerASCII(s[3]) && wordCount(s, 11) <= 10
	}
	return bylinePrefixes.match(s) && wordCount(s, 13) <= 12
}

var creditPrefixes = newPrefixSet(
	"with inputs from", "with input from", "with agency inputs", "with agencies",
	"inputs from", "reporting by", "additional reporting", "editing by", "edited by",
	"writing by", "compiled by", "translated by", "source:", "sources:",
)

// isCreditLine accepts agency credits: "( With inputs from AGENCY )",
// "(Reporting by X; Editing by Y)", "Source: AGENCY", "AGENCY writer NAME
// contributed to this report."
func isCreditLine(s string) bool {
	if hasContributed(s) && wordCount(s, 26) <= 25 {
		return true
	}
	inner := s
	if strings.HasPrefix(s, "(") || strings.HasPrefix(s, "[") {
		if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "]") {
			return false
		}
		inner = strings.TrimLeft(s[1:], " ")
	}
	if !creditPrefixes.match(inner) {
		return false
	}
	limit := 30
	if hasPrefixFold(inner, "source") {
		limit = 6
	}
	return wordCount(inner, limit+1) <= limit
}

// isBreadcrumb accepts "Home > World > Africa": two or more arrow
// separators between items of at most four words.
func isBreadcrumb(s string, h *textHints) bool {
	if !h.arrow || len(s) > 120 || strings.IndexByte(s, '>') < 0 && !strings.Contains(s, "»") && !strings.Contains(s, "›") {
		return false
	}
	items, start := 0, 0
	for i := 0; i <= len(s); {
		n := arrowLen(s[i:])
		if n == 0 && i < len(s) {
			i++
			continue
		}
		item := strings.TrimSpace(s[start:i])
		if wordCount(item, 5) > 4 || item == "" || endsSentence(item) {
			return false
		}
		items++
		i += max(n, 1)
		start = i
	}
	return items >= 3
}

// arrowLen returns the byte length of a breadcrumb arrow (">", "»", "›")
// at the start of s, or 0.
func arrowLen(s string) int {
	switch {
	case strings.HasPrefix(s, ">"):
		return 1
	case strings.HasPrefix(s, "»"), strings.HasPrefix(s, "›"):
		return len("»")
	}
	return 0
}

// isNavLike accepts a menu item: one or two words, short, starting with a
// capital or digit, without sentence punctuation.
func isNavLike(s string) bool {
	if len(s) > 30 || wordCount(s, 3) > 2 || isLowerASCII(s[0]) {
		return false
	}
	return !strings.ContainsAny(s, ".,;:!?\"“”")
}

// isIssuerLine accepts the short organisation line printed above "For
// Immediate Release".
func isIssuerLine(s string) bool {
	return len(s) <= 80 && wordCount(s, 8) <= 7 && !endsSentence(s) && !strings.ContainsAny(s, ",;:")
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// prefixSet holds lower-case prefixes grouped by their first byte, so a
// line is compared only with the few prefixes that can match it.
type prefixSet [256][]string

func newPrefixSet(prefixes ...string) *prefixSet {
	var set prefixSet
	for _, p := range prefixes {
		set[p[0]] = append(set[p[0]], p)
	}
	return &set
}

// match reports whether s starts with one of the prefixes, ignoring ASCII
// case.
func (set *prefixSet) match(s string) bool {
	if s == "" {
		return false
	}
	for _, p := range set[lowerASCII(s[0])] {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}
