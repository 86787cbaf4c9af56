package source

import "strings"

// captionPrefixes start photo captions and credit lines.
var captionPrefixes = newPrefixSet(
	"file photo", "file picture", "file image", "photo:", "photos:", "(photo", "[photo",
	"photo by ", "photo credit", "photo courtesy", "photograph:", "image:", "images:",
	"(image", "[image", "image credit", "image source", "image caption", "picture:",
	"pictures:", "pictured:", "(pictured", "caption:", "credit:", "(file)",
)

// captionTail is how far from the end of a line a photo credit may start.
const captionTail = 120

// isCaption reports whether a line is a photo caption or credit: it starts
// like one, or it ends with a credit ("AGENCY/Name", "AGENCY via Getty
// Images", "(AP Photo/Name)", "Photograph: Name/Agency").
func isCaption(s string, h *textHints) bool {
	return captionPrefixes.match(s) || endsWithCredit(s, h)
}

func endsWithCredit(s string, h *textHints) bool {
	t := trimSpaceBrackets(s)
	if strings.HasSuffix(t, "Getty Images") || strings.HasSuffix(t, "Shutterstock") {
		return true
	}
	tail := s
	if len(tail) > captionTail {
		tail = tail[len(tail)-captionTail:]
	}
	if h.apPhoto && hasAPPhotoCredit(tail) {
		return true
	}
	if h.colon && hasLabelledCredit(tail) {
		return true
	}
	return h.slash && hasAgencySlashCredit(tail)
}

// trimSpaceBrackets is strings.TrimRight(s, " )]") without building the
// cutset's byte set on every call, which was a fifth of endsWithCredit's
// cost (callgrind): every line of a body is asked.
func trimSpaceBrackets(s string) string {
	for len(s) > 0 {
		if c := s[len(s)-1]; c != ' ' && c != ')' && c != ']' {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// hasAPPhotoCredit reports whether s holds "(AP Photo" or "AP Photo/":
// one hunt for "AP Photo" serves both, where two searches for its 'P'
// went over the same bytes.
func hasAPPhotoCredit(s string) bool {
	for i := 0; i < len(s); {
		at := indexAt(s[i:], "AP Photo", 1)
		if at < 0 {
			return false
		}
		at += i
		if at > 0 && s[at-1] == '(' || at+len("AP Photo") < len(s) && s[at+len("AP Photo")] == '/' {
			return true
		}
		i = at + 1
	}
	return false
}

// creditLabels precede a photo credit after a colon: "... Photograph:
// Name/Agency", "(Photo: Agency)".
var creditLabels = []string{"Photograph", "Photo", "Picture", "Image"}

// hasLabelledCredit finds "LABEL: credit" to the end of tail. It visits
// each colon once instead of searching for every label, which keeps
// caption tests cheap on long paragraphs.
func hasLabelledCredit(tail string) bool {
	for i := strings.IndexByte(tail, ':'); i >= 0; {
		before := tail[:i]
		for _, label := range creditLabels {
			if !strings.HasSuffix(before, label) {
				continue
			}
			j := len(before) - len(label)
			if j > 0 && (tail[j-1] == ' ' || tail[j-1] == '(') && isCreditText(tail[i+1:]) {
				return true
			}
		}
		next := strings.IndexByte(tail[i+1:], ':')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

// isCreditText accepts what follows a credit label or agency slash: a few
// names, each capitalised or a name particle, with no sentence after them.
func isCreditText(s string) bool {
	s = strings.TrimRight(s, " )].")
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '/' })
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	for _, w := range words {
		if isLowerASCII(w[0]) && !nameParticles[w] {
			return false
		}
	}
	return !strings.ContainsAny(s, ".!?")
}

var nameParticles = setOf("via", "de", "da", "del", "der", "van", "von", "al", "el", "bin", "ibn", "le", "la", "du", "dos", "and")

// hasAgencySlashCredit finds a wire-photo credit "AGENCY/Name ..." that
// closes the line: an upper-case word of two or more letters standing at
// the start of the line, after a full stop or after "(", then "/" and a
// capitalised name, then only names to the end. It names no agency: the
// shape is the cue. The full stop before it and the Titlecase name after
// it keep "living with HIV/AIDS" and "an AP/NORC poll showed" out.
func hasAgencySlashCredit(tail string) bool {
	for i := strings.IndexByte(tail, '/'); i >= 0; {
		if isAgencyWordBefore(tail, i) && startsWithName(tail[i+1:]) && isCreditText(tail[i+1:]) {
			return true
		}
		next := strings.IndexByte(tail[i+1:], '/')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

// isAgencyWordBefore reports whether tail[:slash] ends with an upper-case
// word ("REUTERS", "EPA-EFE", "AFP PHOTO ") that opens a credit.
func isAgencyWordBefore(tail string, slash int) bool {
	end := slash
	for end > 0 && tail[end-1] == ' ' {
		end--
	}
	j := end
	for j > 0 && (isUpperASCII(tail[j-1]) || tail[j-1] == '-' || tail[j-1] == ' ') {
		j--
	}
	for j < end && (tail[j] == ' ' || tail[j] == '-') {
		j++
	}
	if end-j < 2 {
		return false
	}
	before := strings.TrimRight(tail[:j], " ")
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "(")
}

// startsWithName reports whether s (after spaces) starts with a capital
// followed by a lower-case letter, or is an upper-case name ("JANE DOE")
// of at least two words.
func startsWithName(s string) bool {
	s = strings.TrimLeft(s, " ")
	if len(s) < 2 || !isUpperASCII(s[0]) {
		return false
	}
	return isLowerASCII(s[1]) || strings.Count(strings.TrimRight(s, " )]."), " ") >= 1 && !strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz")
}
