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
// like one, or it ends with a credit ("REUTERS/Name", "AFP via Getty
// Images", "(AP Photo/Name)", "Photograph: Name/Agency").
func isCaption(s string) bool {
	return captionPrefixes.match(s) || endsWithCredit(s)
}

func endsWithCredit(s string) bool {
	t := strings.TrimRight(s, " )]")
	if strings.HasSuffix(t, "Getty Images") || strings.HasSuffix(t, "Shutterstock") {
		return true
	}
	tail := s
	if len(tail) > captionTail {
		tail = tail[len(tail)-captionTail:]
	}
	if strings.Contains(tail, "(AP Photo") || strings.Contains(tail, "AP Photo/") {
		return true
	}
	if hasLabelledCredit(tail) {
		return true
	}
	return hasAgencySlashCredit(tail)
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

// hasAgencySlashCredit finds "AGENCY/Name ..." to the end of tail, with
// AGENCY an upper-case wire or photo agency. Requiring capitalised names
// after it keeps "an AP/NORC poll showed ..." out.
func hasAgencySlashCredit(tail string) bool {
	for i := strings.IndexByte(tail, '/'); i >= 0; {
		j := i
		for j > 0 && (isUpperASCII(tail[j-1]) || tail[j-1] == '-') {
			j--
		}
		if agencies[tail[j:i]] && (j == 0 || tail[j-1] == ' ' || tail[j-1] == '(') && isCreditText(tail[i+1:]) {
			rest := strings.TrimLeft(tail[i+1:], " ")
			if rest != "" && isUpperASCII(rest[0]) {
				return true
			}
		}
		next := strings.IndexByte(tail[i+1:], '/')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

// agencies are upper-case names of wire and photo agencies that sign
// photo credits world-wide; "PHOTO" covers "AFP PHOTO/NAME".
var agencies = setOf("REUTERS", "AFP", "AP", "EPA", "EFE", "EPA-EFE", "ANADOLU", "XINHUA",
	"ANSA", "SIPA", "UPI", "ANI", "PTI", "IANS", "DPA", "TASS", "SPUTNIK", "ABACA", "ZUMA",
	"NURPHOTO", "SOPA", "BLOOMBERG", "KCNA", "WAM", "SPA", "SANA", "YONHAP", "KYODO",
	"BERNAMA", "ANTARA", "PHOTO", "POOL", "HANDOUT", "GETTY", "SHUTTERSTOCK", "IRNA",
	"MENA", "QNA", "AAP", "PA", "BELGA", "ANP", "PAP", "LUSA", "REX", "IMAGO", "NOVOSTI")
