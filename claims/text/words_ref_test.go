package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refWords is the first, straightforward tokenizer (one append per token,
// a strings.ToLower per abbreviation check). Words must return exactly
// what it returns: the fast paths are an optimisation, not a change. Its
// Lower is strings.ToLower of each word, which Words takes from one
// lower-cased copy of the sentence.
func refWords(text string, start, end int) []Word {
	var out []Word
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			i += n
		case refIsWordRune(r):
			j := refScanWord(text, i, end)
			out = append(out, NewWord(i, j, text[i:j], strings.ToLower(text[i:j]), unicode.IsUpper(r), false))
			i = j
		default:
			out = append(out, NewWord(i, i+n, text[i:i+n], strings.ToLower(text[i:i+n]), false, true))
			i += n
		}
	}
	return out
}

func refIsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '#' }

func refScanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if refIsWordRune(r) {
			j += n
			continue
		}
		if isJoiner(r) && j+n < end {
			r2, _ := utf8.DecodeRuneInString(text[j+n : end])
			if refIsWordRune(r2) && !(r == '.' && unicode.IsDigit(r2) && !unicode.IsDigit(lastRune(text[i:j]))) {
				j += n
				continue
			}
		}
		if r == '.' && (refIsDottedAbbrev(text[i:j]) || abbreviations[strings.ToLower(text[i:j])]) {
			return j + 1
		}
		break
	}
	return j
}

func refIsDottedAbbrev(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return strings.Contains(w, ".")
}

func TestAbbreviationsFitBuffer(t *testing.T) {
	for k := range abbreviations {
		if len(k) > maxAbbrevLen {
			t.Errorf("abbreviation %q is longer than maxAbbrevLen %d", k, maxAbbrevLen)
		}
	}
}

func TestWordsMatchReference(t *testing.T) {
	tests := []string{
		"Haftar's U.S. drone, shot-down 1.5 #Libya",
		"Gen. Smith met Sen. JONES and Prof. x. at 3 p.m. on Nov. 24.",
		"Ünal İstanbul’da; the ﬁrm's CEO — “No,” he said…\u00a0Mr. \u212a. U.\u212a. NOV. Approx. APPROXIMATELY.",
		"\xff\xfe broken \xc3 bytes. 1.2.3 v1.5 a-b- -c 'quoted' x.y.",
		"",
		"   \n\t ",
		// Punctuation with a lower case of its own (Ⓐ), words whose lower
		// case is longer (Ⱥ) mixed with ones that lower in place, an
		// invalid byte as punctuation: Lower is filled after the scan.
		"Ⓐ Ⅻ “Ⱥb” Cc ⱥ İx DD\xffEe – ‘Ⓑ’ Ff.",
	}
	for _, in := range tests {
		got, want := Words(in, 0, len(in)), refWords(in, 0, len(in))
		if !EqualWords(got, want) {
			t.Errorf("Words(%q)\n got  %+v\n want %+v", in, got, want)
		}
	}
}

func FuzzWordsMatchReference(f *testing.F) {
	f.Add("Haftar's U.S. drone, shot-down 1.5 #Libya")
	f.Add("Gen. X. \u212a. İ. Mr.Smith 3.5.7")
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Words(s, 0, len(s)), refWords(s, 0, len(s))
		if !EqualWords(got, want) {
			t.Fatalf("Words(%q)\n got  %+v\n want %+v", s, got, want)
		}
	})
}

// refIsAbbreviation is the first isAbbreviation, which lower-cased every
// word it tested.
func refIsAbbreviation(text string, s, i int) bool {
	j := i
	for j > s && !isSpaceByte(text[j-1]) && text[j-1] != '(' && text[j-1] != '"' {
		j--
	}
	word := strings.ToLower(strings.TrimLeft(text[j:i], "“‘'"))
	if word == "" {
		return false
	}
	if abbreviations[word] {
		return true
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsLetter(r) {
		return unicode.IsUpper([]rune(text[j:i])[0])
	}
	if strings.Count(word, ".") >= 1 && len(word) <= 6 {
		return true
	}
	return false
}

func FuzzIsAbbreviationMatchesReference(f *testing.F) {
	f.Add("Gen. 'J. “U.S. x.y. İ. \u212a. Approx. NOV. a.")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] != '.' {
				continue
			}
			if got, want := isAbbreviation(s, 0, i), refIsAbbreviation(s, 0, i); got != want {
				t.Fatalf("isAbbreviation(%q, 0, %d) = %v, want %v", s, i, got, want)
			}
		}
	})
}
